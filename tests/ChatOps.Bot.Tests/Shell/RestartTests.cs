using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Shell;

/// <summary>Stopping and starting on the same database loses nothing; what fell due in between fires at start.</summary>
public sealed class RestartTests : ShellTest
{
    [Fact]
    public async Task A_reminder_that_fell_due_while_the_process_was_down_fires_when_it_starts()
    {
        var first = await Shell.RunScriptAsync("alice", "/incident declare P0 Payments failing", "/incident note Stripe 502s", "/quit");
        Assert.Contains("Declared INC-2026-001", first.Output);

        Shell.Time.Advance(TimeSpan.FromMinutes(7));
        var second = await Shell.RunScriptAsync("alice", "/join #inc-2026-001-payments-failing", "/incident status");

        var startup = second.Output[..second.Output.IndexOf("/join", StringComparison.Ordinal)];
        Assert.Contains("Escalated INC-2026-001 (P0) to tier 1", startup);
        Assert.Contains("alice: Stripe 502s", second.Output);
        Assert.Contains("Escalation: tier 1", second.Output);
    }

    [Fact]
    public async Task Sequence_numbers_and_incidents_survive_a_restart()
    {
        await Shell.RunScriptAsync("alice", "/incident declare P2 Slow dashboards");
        var second = await Shell.RunScriptAsync("bob", "/incident declare P3 Typo on status page", "/incident list");

        Assert.Contains("Declared INC-2026-002 (P3)", second.Output);
        Assert.Contains("INC-2026-001  P2", second.Output);
        Assert.Contains("INC-2026-002  P3", second.Output);
    }

    [Fact]
    public async Task A_reminder_fires_once_after_a_long_outage_not_once_per_missed_period()
    {
        await Shell.RunScriptAsync("alice", "/incident declare P0 Everything is on fire", "/incident ack");
        Shell.Time.Advance(TimeSpan.FromHours(3));

        var second = await Shell.RunScriptAsync("alice", "/incident list");

        Assert.Equal(1, Count(second.Output, "Status update due: INC-2026-001"));
    }

    [Fact]
    public async Task The_shell_clock_offset_is_kept_so_time_never_runs_backwards_after_a_restart()
    {
        await Shell.RunScriptAsync("alice", "/clock +2h");
        var second = await Shell.RunScriptAsync("alice", "/clock");

        Assert.Contains("the clock reads 2026-03-14 11:00 UTC", second.Output);
    }

    private static int Count(string text, string what) => text.Split(what).Length - 1;
}
