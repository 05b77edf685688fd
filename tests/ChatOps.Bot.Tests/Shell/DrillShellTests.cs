using ChatOps.Bot.Tests.Support;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Shell;

/// <summary>
/// Each shipped drill scenario run in the real shell on the manual clock: the scorecard's verdicts follow the times the
/// test chose, the drill log gets its row (in the database and in drill-log.md), and timers survive restarts.
/// </summary>
public sealed class DrillShellTests : ShellTest
{
    /// <summary>Runs a whole drill: detected, acknowledged, mitigated and resolved at the minutes given, the post-mortem hours later.</summary>
    private Task<ShellRun> DrillAsync(string scenario, int detectedAt, int mitigatedAt, int postMortemAfterHours) =>
        Shell.RunScriptAsync("alice",
            $"/incident drill start {scenario}",
            $"/clock +{detectedAt}m",
            "/incident drill mark detected",
            "/incident ack",
            $"/clock +{mitigatedAt - detectedAt}m",
            "/incident update monitoring Service restored",
            "/incident resolve Service restored",
            "/incident drill gap Nobody owned the runbook step",
            $"/clock +{postMortemAfterHours}h",
            "/incident postmortem done",
            "/incident drill end",
            "/incident drill log");

    [Theory]
    [InlineData("webhook-5xx", 4, 20, 25, new[]
    {
        "Detect (from start): met: 4m (target 5m)", "Mitigate (from start): MISSED by 5m: 20m (target 15m)",
        "Post-mortem (from resolution): MISSED by 1h: 25h (target 1d)", "1 of 3 targets met.",
    }, "| 4m (met, target 5m) | 20m (missed by 5m, target 15m) | 25h (missed by 1h, target 1d) |")]
    [InlineData("database-down", 6, 180, 10, new[]
    {
        "Detect (from start): MISSED by 1m: 6m (target 5m)", "Mitigate (from start): met: 3h (target 4h)",
        "Post-mortem (from resolution): met: 10h (target 1d)", "RTO observed: met: 3h (target 4h)", "3 of 4 targets met.",
    }, "| 6m (missed by 1m, target 5m) | 3h (met, target 4h); RTO 3h (met, target 4h) | 10h (met, target 1d) |")]
    [InlineData("data-leak", 1, 50, 30, new[]
    {
        "Detect (from start): met: 1m (target 1m)", "Mitigate (from start): 50m (no target)",
        "Post-mortem (from resolution): MISSED by 6h: 30h (target 1d)", "1 of 2 targets met.",
    }, "| 1m (met, target 1m) | 50m | 30h (missed by 6h, target 1d) |")]
    [InlineData("restore", 10, 300, 2, new[]
    {
        "Detect (from start): 10m (no target)", "Mitigate (from start): MISSED by 1h: 5h (target 4h)",
        "Post-mortem (from resolution): met: 2h (target 1d)", "RTO observed: MISSED by 1h: 5h (target 4h)", "1 of 3 targets met.",
    }, "| 10m | 5h (missed by 1h, target 4h); RTO 5h (missed by 1h, target 4h) | 2h (met, target 1d) |")]
    public async Task Each_shipped_scenario_is_scored_against_its_targets_and_logged(string scenario, int detectedAt, int mitigatedAt, int postMortemAfterHours, string[] verdicts, string logCells)
    {
        var run = await DrillAsync(scenario, detectedAt, mitigatedAt, postMortemAfterHours);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Something went wrong", run.Output);
        Assert.Contains("DRILL scorecard: INC-2026-001", run.Output);
        foreach (var verdict in verdicts) Assert.Contains(verdict, run.Output);
        Assert.Contains("Gap identified: Nobody owned the runbook step", run.Output);
        Assert.Contains("Drill log (1 drill):\n  > Date | Operator | Scenario | Detect | Mitigate | Post-mortem | Gap identified\n  > 2026-03-14 | alice | ", run.Output);
        Assert.Contains($"({scenario}, INC-2026-001) {logCells.TrimStart()} Nobody owned the runbook step", run.Output.Replace("\n  > ", "\n", StringComparison.Ordinal));
        var log = await File.ReadAllTextAsync(Path.Combine(Shell.PostMortemFolder, "drill-log.md"));
        Assert.Contains($"({scenario}, INC-2026-001) {logCells} Nobody owned the runbook step |", log);
        Assert.Contains(Shell.PostMortems(), file => Path.GetFileName(file).StartsWith("postmortem-20260314-drill-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_drill_message_says_DRILL_and_nothing_reaches_the_announce_channel()
    {
        var run = await DrillAsync("webhook-5xx", 4, 20, 25);

        var posts = run.Output.Split('\n').Where(line => line.Contains("] ChatOps:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(posts);
        Assert.All(posts, line => Assert.Matches(@"^\[#drill-inc-2026-001-[a-z0-9-]+\] ChatOps: (@\S+ )*(\[DRILL\]|DRILL)", line));
        Assert.DoesNotContain("[#incidents]", run.Output);
    }

    [Fact]
    public async Task A_timed_inject_falls_due_across_a_restart_and_the_drill_log_grows_across_runs()
    {
        await Shell.RunScriptAsync("alice", "/incident drill start webhook-5xx");

        Shell.Time.Advance(TimeSpan.FromMinutes(3));
        var later = await Shell.RunScriptAsync("alice", "/incident list");

        Assert.Contains("ChatOps: [DRILL] Inject 2 of 6 (after 2m): The upptime probe to /api/webhooks/stripe/__ping flips RED.", later.Output);
        Assert.DoesNotContain("Inject 3 of 6", later.Output);
    }

    [Fact]
    public async Task The_schedule_reminds_the_owner_when_a_drill_is_due_even_after_a_restart_and_names_the_next_scenario()
    {
        var first = await Shell.RunScriptAsync("alice", "/incident drill schedule");
        Assert.Contains("- quarterly tabletop: next due 2026-04-02 10:00 UTC (in 457h), scenario webhook-5xx (Stripe webhook ingress goes 5xx); owner @founder", first.Output);
        Assert.Contains("- monthly restore: next due 2026-04-06 10:00 UTC (in 553h), scenario restore", first.Output);

        // The bot was down when the tabletop fell due: it reminds the owner as soon as it is back, once.
        Shell.Time.Advance(TimeSpan.FromDays(19) + TimeSpan.FromHours(2));
        var back = await Shell.RunScriptAsync("alice", "/incident drill schedule", "/clock +1h");

        Assert.Contains("[#incidents] ChatOps: @founder DRILL due (quarterly tabletop, since 2026-04-02 10:00 UTC): time for the Stripe webhook ingress goes 5xx drill. Start it with /incident drill start webhook-5xx. The next one is due 2026-07-02 10:00 UTC (database-down).", back.Output);
        Assert.Single(back.Output.Split("DRILL due (quarterly tabletop").Skip(1));
        Assert.Contains("- quarterly tabletop: next due 2026-07-02 10:00 UTC", back.Output);
        Assert.Contains("scenario database-down", back.Output);
        Assert.DoesNotContain("monthly restore, since", back.Output);
    }

    [Fact]
    public async Task A_scratch_shell_uses_a_throwaway_database_deleted_at_exit_and_leaves_the_real_one_and_its_clock_alone()
    {
        var real = await Shell.RunScriptAsync("alice", "/incident declare P2 Real slow search", "/clock +1h");
        var script = Path.Combine(Shell.Folder, "scratch.txt");
        await File.WriteAllTextAsync(script, "/incident list\n/clock\n/incident drill start webhook-5xx\n");

        var scratch = await Shell.RunAsync(["shell", "--scratch", "--script", script]);

        Assert.Equal(0, real.ExitCode);
        Assert.Equal(0, scratch.ExitCode);
        var notice = scratch.Output.Split('\n')[0];
        Assert.StartsWith("Scratch shell: a throwaway database and post-mortem folder in ", notice);
        var folder = notice["Scratch shell: a throwaway database and post-mortem folder in ".Length..notice.IndexOf(", deleted", StringComparison.Ordinal)];
        Assert.False(Directory.Exists(folder), $"{folder} is still there");
        Assert.Contains("No open incidents", scratch.Output);
        Assert.Contains("the clock reads 2026-03-14 09:00 UTC", scratch.Output);
        Assert.Contains("Started DRILL INC-2026-001", scratch.Output);

        var after = await Shell.RunScriptAsync("alice", "/incident list", "/clock");
        Assert.Contains("INC-2026-001", after.Output);
        Assert.Contains("Real slow search", after.Output);
        Assert.DoesNotContain("Stripe webhook", after.Output);
        Assert.Contains("the clock reads 2026-03-14 10:00 UTC", after.Output);
    }

    [Fact]
    public async Task Scratch_is_an_option_of_the_shell_only_and_the_help_says_what_it_does()
    {
        var misplaced = await Shell.RunAsync(["--scratch"]);
        var help = await Shell.RunAsync(["--help"]);

        Assert.Equal(2, misplaced.ExitCode);
        Assert.Contains("--scratch is an option of the shell: ChatOps.Bot shell --scratch [--script FILE].", misplaced.Error);
        Assert.Contains("ChatOps.Bot shell --scratch [--script FILE]", help.Output);
        Assert.Contains("throwaway database", help.Output);
    }

    [Theory]
    [InlineData("drill-webhook-5xx.txt", new[]
    {
        "Detect (from start): met: 3m (target 5m)", "Mitigate (from start): MISSED by 3m: 18m (target 15m)",
        "Post-mortem (from resolution): met: 16h (target 1d)", "cannot end without the gap the drill found",
    })]
    [InlineData("drill-restore.txt", new[]
    {
        "Mitigate (from start): met: 1h 35m (target 4h)", "RTO observed: met: 1h 35m (target 4h)", "Post-mortem (from resolution): met: 3h (target 1d)",
        "Inject 3 of 4 (after 1h): Step 4: compare row counts",
    })]
    public async Task The_example_drill_scripts_run_on_a_scratch_database_and_score_as_their_comments_say(string script, string[] verdicts)
    {
        var run = await Shell.RunAsync(["shell", "--scratch", "--script", RepoFiles.Path("examples", script)]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Something went wrong", run.Output);
        foreach (var verdict in verdicts) Assert.Contains(verdict, run.Output);
        Assert.Contains("Drill log (1 drill):", run.Output);
        Assert.Contains("> Closed INC-2026-001.", run.Output);
        Assert.False(File.Exists(Shell.DatabasePath));
    }
}
