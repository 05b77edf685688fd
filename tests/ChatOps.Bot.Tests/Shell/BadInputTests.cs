using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Shell;

/// <summary>Bad commands get a clear message and change nothing.</summary>
public sealed class BadInputTests : ShellTest
{
    [Theory]
    [InlineData("/incident declare P9 Something", "Unknown severity 'P9'. This runbook's severities are P0, P1, P2, P3.")]
    [InlineData("/incident declare P1", "A declaration needs a title")]
    [InlineData("/incident frobnicate", "Unknown command 'frobnicate'")]
    [InlineData("/incident ack", "This is not an incident channel")]
    [InlineData("/incident update sideways oops", "Unknown status 'sideways'")]
    [InlineData("/incident role boss bob", "Unknown role 'boss'")]
    [InlineData("/click 3", "There is no card with buttons yet.")]
    [InlineData("/clock -5m", "'-5m' is not a step forward")]
    [InlineData("/teleport", "Unknown command '/teleport'")]
    public async Task A_bad_command_is_explained_and_nothing_is_created(string line, string message)
    {
        var run = await Shell.RunScriptAsync("alice", line, "/incident list");

        Assert.Contains("! " + message, run.Output);
        Assert.Contains("No open incidents.", run.Output);
        Assert.DoesNotContain("Something went wrong", run.Output);
    }

    [Fact]
    public async Task Illegal_moves_on_an_incident_change_nothing()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P2 Cache misses",
            "/incident resolve Warmed the cache",
            "/incident resolve again",
            "/incident update investigating more",
            "/incident sev P1",
            "/incident ack",
            "/incident close",
            "/incident close",
            "/incident note after close",
            "/incident status");

        Assert.Contains("! INC-2026-001 was already resolved at 2026-03-14 09:00 UTC.", run.Output);
        Assert.Contains("! Cannot post an update to INC-2026-001: it is resolved.", run.Output);
        Assert.Contains("! Cannot change the severity of INC-2026-001: it is resolved.", run.Output);
        Assert.Contains("! Cannot acknowledge INC-2026-001: it is resolved.", run.Output);
        Assert.Contains("! INC-2026-001 is already closed.", run.Output);
        Assert.Contains("! Cannot add notes to INC-2026-001: it is closed.", run.Output);
        var status = run.Output[run.Output.LastIndexOf("/incident status", StringComparison.Ordinal)..];
        Assert.Contains("| Severity: P2 (Medium)", status);
        Assert.Contains("| Status: Closed", status);
        Assert.Single(Shell.PostMortems());
    }

    [Fact]
    public async Task Titles_lose_control_characters_and_cannot_exceed_the_limit()
    {
        var longTitle = new string('x', 151);
        var run = await Shell.RunScriptAsync("alice", $"/incident declare P3 {longTitle}", "/incident declare P3 Tab\u0007bed\u0001title", "/incident list");

        Assert.Contains("! The title is 151 characters; keep it to 150", run.Output);
        Assert.Contains("Declared INC-2026-001 (P3) in #inc-2026-001-tab-bed-title.", run.Output);
    }
}
