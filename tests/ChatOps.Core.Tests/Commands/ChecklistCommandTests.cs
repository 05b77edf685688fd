using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>/incident checklist posts any of the runbook's mitigation checklists, including those no triage answer leads to.</summary>
public class ChecklistCommandTests
{
    private readonly IncidentHarness _h = new();

    [Theory]
    [InlineData("rate-limiting")]
    [InlineData("scheduler")]
    [InlineData("DATABASE")]
    public async Task A_named_checklist_is_posted_in_the_incident_channel_and_noted_on_the_timeline(string name)
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await _h.RunInAsync(incident, "bob", $"/incident checklist {name}");

        Assert.False(reply.IsError, reply.Text);
        var checklist = _h.Runbook.Checklists.Values.Single(c => string.Equals(c.Key, name, StringComparison.OrdinalIgnoreCase));
        var card = _h.Chat.PostsIn(incident.ChannelId).Last().Message.Card!;
        Assert.Equal($"Mitigation checklist: {checklist.Title}", card.Title);
        Assert.Contains(checklist.Steps[0], card.Sections[0]);
        Assert.Equal(("checklist", "bob"), (incident.Timeline[^1].Kind, incident.Timeline[^1].Actor));
    }

    [Fact]
    public async Task Without_a_name_it_lists_the_checklists_and_posts_nothing()
    {
        var incident = await _h.DeclareAsync("P1");
        var posts = _h.Chat.Posts.Count;

        var reply = await _h.RunInAsync(incident, "bob", "/incident checklist");

        Assert.False(reply.IsError, reply.Text);
        Assert.All(_h.Runbook.Checklists.Keys, key => Assert.Contains(key, reply.Text));
        Assert.Equal(posts, _h.Chat.Posts.Count);
    }

    [Fact]
    public async Task An_unknown_checklist_is_refused_before_anything_is_stored_with_the_names_to_choose_from()
    {
        var incident = await _h.DeclareAsync("P1");
        var (posts, timeline) = (_h.Chat.Posts.Count, incident.Timeline.Count);

        var early = await _h.Service.RefuseAsync(new Core.Commands.CommandContext("bob", incident.ChannelId), new Core.Commands.ChecklistCommand("frobnicate"));
        var reply = await _h.RunInAsync(incident, "bob", "/incident checklist frobnicate");

        Assert.Equal(early?.Text, reply.Text);
        Assert.Contains("rate-limiting", reply.Text);
        Assert.Equal((posts, timeline), (_h.Chat.Posts.Count, incident.Timeline.Count));
    }

    [Fact]
    public async Task Outside_an_incident_channel_it_says_where_to_run_it()
    {
        await _h.DeclareAsync("P1");
        var reply = await _h.RunAsync("bob", "general", "/incident checklist scheduler");
        Assert.True(reply.IsError);
        Assert.Contains("not an incident channel", reply.Text);
    }
}
