using ChatOps.Core.Incidents;
using ChatOps.Core.PostMortems;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.PostMortems;

/// <summary>People's sections of the post-mortem: kept as written, rendered in place of the empty section, never overwritten unseen.</summary>
public class PostMortemWritingTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Sections = ["Root cause", "Action items"];

    private static Incident Declare() =>
        Incident.Declare(2026, 7, "Checkout is down", TestRunbooks.Severity("P1"), "alice", "alice", DeclareDetails.None, "C1", "inc-2026-007", T);

    [Fact]
    public void A_written_section_replaces_the_empty_one_in_the_rendered_post_mortem_and_is_on_the_timeline()
    {
        var incident = Declare();

        Assert.True(incident.WritePostMortem("bob", "root cause", "  A retry loop.\r\nIn the mailer.  ", PostMortemNote.Digest(null), Sections, T.AddHours(1)));

        var note = Assert.Single(incident.PostMortemNotes);
        Assert.Equal(new PostMortemNote("Root cause", "A retry loop.\nIn the mailer.", "bob", T.AddHours(1)), note);
        Assert.Equal("Wrote the post-mortem's Root cause section (28 characters)", incident.Timeline[^1].Text);
        var markdown = PostMortemRenderer.Render(incident, TestRunbooks.Default, T.AddHours(2));
        Assert.Contains("## Root cause\n\nA retry loop.\nIn the mailer.\n", markdown.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_save_based_on_older_text_is_refused_and_the_newer_text_stays()
    {
        var incident = Declare();
        var opened = PostMortemNote.Digest(null);
        incident.WritePostMortem("bob", "Root cause", "Bob's text", opened, Sections, T);

        var refused = Assert.Throws<IncidentRuleException>(() => incident.WritePostMortem("carol", "Root cause", "Carol's text", opened, Sections, T.AddMinutes(1)));

        Assert.Contains("bob saved the Root cause section", refused.Message);
        Assert.Equal("Bob's text", incident.PostMortemNote("Root cause")!.Text);
    }

    [Fact]
    public void An_unknown_section_names_the_sections_and_an_unchanged_text_changes_nothing()
    {
        var incident = Declare();
        var unknown = Assert.Throws<IncidentRuleException>(() => incident.WritePostMortem("bob", "Blame", "x", PostMortemNote.Digest(null), Sections, T));
        Assert.Equal("The post-mortem has no section 'Blame'; its sections are Root cause, Action items.", unknown.Message);

        incident.WritePostMortem("bob", "Root cause", "Same", PostMortemNote.Digest(null), Sections, T);
        var entries = incident.Timeline.Count;
        Assert.False(incident.WritePostMortem("bob", "Root cause", "Same", PostMortemNote.Digest("Same"), Sections, T));
        Assert.Equal(entries, incident.Timeline.Count);
    }
}
