using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Learning;

/// <summary>
/// Follow-ups, reports and credits through the shell on a real SQLite file: action items are stored in their table,
/// their reminders fire after a restart (due soon, then overdue) and stop once done.
/// </summary>
public sealed class FollowUpShellTests : ShellTest
{
    [Fact]
    public async Task Action_item_reminders_survive_restarts_and_stop_when_done()
    {
        var first = await Shell.RunScriptAsync("alice",
            "/incident declare P1 Checkout errors", "/incident services API", "/incident ack", "/clock +30m",
            "/incident resolve Rolled back", "/incident action add @bob 3d Alert on checkout 5xx", "/incident actions", "/quit");
        Assert.Contains("Added action #1 to INC-2026-001", first.Output);
        Assert.Contains("#1 Alert on checkout 5xx (owner @bob, due 2026-03-17 09:30 UTC, open)", first.Output);
        Assert.Contains("Service credits:", first.Output);
        Assert.Contains("- API, 2026-03 (target 99.9 %)", first.Output);

        // Two days later, down in between: the day-before reminder fires at start.
        Shell.Time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var second = await Shell.RunScriptAsync("bob", "/incident followups --mine", "/quit");
        Assert.Contains("Action #1 of INC-2026-001 is due 2026-03-17 09:30 UTC", second.Output);
        Assert.Contains("Your open follow-ups (1), earliest due first:", second.Output);
        Assert.Contains("INC-2026-001 #1 Alert on checkout 5xx (owner @bob, due 2026-03-17 09:30 UTC, open)", second.Output);

        Shell.Time.Advance(TimeSpan.FromDays(1));
        var third = await Shell.RunScriptAsync("bob", "/incident followups --overdue", "/incident action done 1 INC-2026-001", "/incident followups", "/quit");
        Assert.Contains("Action #1 of INC-2026-001 is overdue (was due 2026-03-17 09:30 UTC)", third.Output);
        Assert.Contains("Overdue follow-ups (1)", third.Output);
        Assert.Contains("Action #1 of INC-2026-001 is done; 0 still open.", third.Output);
        Assert.Contains("Open follow-ups: none.", third.Output);

        Shell.Time.Advance(TimeSpan.FromDays(7));
        var fourth = await Shell.RunScriptAsync("bob", "/quit");
        Assert.DoesNotContain("Action #1", fourth.Output);
        var postMortem = File.ReadAllText(Assert.Single(Shell.PostMortems()));
        Assert.Contains("| #1 Alert on checkout 5xx | bob | 2026-03-17 09:30:00 | done 2026-03-17 09:31 UTC |", postMortem);
        Assert.Contains("## Service credits", postMortem);
    }

    [Fact]
    public async Task Report_and_credits_read_the_stored_incidents()
    {
        await Shell.RunScriptAsync("alice",
            "/incident declare P1 Checkout errors", "/incident services API", "/clock +30m", "/incident resolve Rolled back",
            "/incident declare P3 Flapping monitor", "/incident resolve --false-alarm Misconfigured", "/quit");
        Shell.Time.Advance(TimeSpan.FromMinutes(1));

        var run = await Shell.RunScriptAsync("alice", "/incident report --since 30d", "/incident credits 2026-03", "/incident report --since soon", "/quit");

        Assert.True(run.Output.Contains("Incidents: 1 (P0 0, P1 1, P2 0, P3 0)", StringComparison.Ordinal), run.Output);
        Assert.Contains("Time to resolve (MTTR): mean 30 min (30m), p90 30 min (30m) (1 incident resolved)", run.Output);
        Assert.True(run.Output.Contains("- False alarms: 1", StringComparison.Ordinal), run.Output);
        // March has 44,640 minutes; 30 of them down: 44,610 / 44,640 = 99.9327...%, above 99.9 %.
        Assert.Contains("down 30 min of 44,640 min; availability (44,640 - 30) / 44,640 = 99.9327 %: target met: no credit due.", run.Output);
        Assert.Contains("'soon' is not a period", run.Output);
    }
}
