using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.PostMortems;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.PostMortems;

/// <summary>
/// People in the post-mortem are inert Markdown whoever named them: a display name a person chose (with mention
/// syntax, markup, a bidi override, a new line) shows as typed, and cannot start HTML, a link or emphasis, reorder
/// the line or break a table.
/// </summary>
public sealed class PostMortemPeopleTextTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private const string Chosen = "<!channel> \u202Eevil\u202C *bold* [x](https://evil.example)\n`code` a|b";

    private sealed class ChosenNames : IPeopleDirectory
    {
        public Task<PersonName> FindAsync(string person, CancellationToken ct) =>
            Task.FromResult(person == "U0MALLORY1" ? new PersonName("U0MALLORY1", Chosen) : new PersonName(person, person));
    }

    [Fact]
    public async Task A_display_name_full_of_markup_and_bidi_is_escaped_wherever_the_file_names_them()
    {
        var incident = Incident.Declare(2026, 1, "Checkout is down", TestRunbooks.Severity("P2"), "U0MALLORY1", "U0MALLORY1", DeclareDetails.None, "C1", "inc", T);
        incident.AssignRole("U0MALLORY1", IncidentRole.Comms, "U0MALLORY1", T.AddMinutes(1));
        incident.AddNote("U0MALLORY1", "reminder sent to U0MALLORY1", T.AddMinutes(2));
        incident.Resolve("U0MALLORY1", "Fixed", T.AddMinutes(3));

        var md = PostMortemRenderer.Render(incident, TestRunbooks.Default, T.AddMinutes(3), await PostMortemPeople.FindAsync(new ChosenNames(), incident, CancellationToken.None));

        const string Escaped = "\\<!channel\\> evil \\*bold\\* \\[x\\](https://evil.example) \\`code\\` a\\|b";
        Assert.Contains($"| Commander | {Escaped} |", md);
        Assert.Contains($"| Comms | {Escaped} |", md);
        Assert.Contains($"| Participants | {Escaped} |", md);
        Assert.Contains($"note: reminder sent to {Escaped} |", md);
        Assert.Contains("commander \\<!channel\\> evil \\*bold\\*", md);
        Assert.DoesNotContain("<!channel>", md);
        Assert.DoesNotContain(md, c => c is '\u202E' or '\u202C');
        Assert.DoesNotContain("U0MALLORY1", md);
    }

    [Fact]
    public void Plain_names_are_left_as_they_are()
    {
        Assert.Equal("oncall-engineer", MarkdownPerson.Escape("oncall-engineer"));
        Assert.Equal("cto@example.com", MarkdownPerson.Escape("cto@example.com"));
        Assert.Equal("José Ñúñez", MarkdownPerson.Escape("José Ñúñez"));
    }
}
