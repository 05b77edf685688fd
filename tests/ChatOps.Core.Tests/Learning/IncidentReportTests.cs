using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Learning;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Learning;

/// <summary>
/// A report over a seeded set of incidents, run through the engine at chosen times; every expected figure below is
/// worked out by hand from those times (see the comments), not by the code under test.
/// </summary>
public class IncidentReportTests
{
    private readonly IncidentHarness _h = new();

    private void At(int day, int hour, int minute) => _h.Clock.SetUtcNow(new DateTimeOffset(2026, 3, day, hour, minute, 0, TimeSpan.Zero));


    /// <summary>
    /// G (outside the period); A P1: began 11:40, noticed 11:50, declared 12:00, acknowledged 12:10, mitigated 12:40,
    /// resolved 13:00; B declared P1 at 14:00, lowered to P2, acknowledged 14:30, resolved 17:00; C P0 began 08:30,
    /// declared 09:00, never acknowledged, mitigated 09:45, resolved 10:30; D a false alarm; E P2 declared 09:00 on the
    /// 17th, acknowledged 09:05, still open. A has three action items: one overdue, one open, one done.
    /// </summary>
    private async Task SeedAsync()
    {
        At(14, 9, 0);
        var g = await _h.DeclareAsync("P0", "Outside the period");
        At(14, 9, 30);
        await _h.RunOkInAsync(g, "alice", "/incident resolve Fixed");

        At(15, 12, 0);
        var a = await _h.DeclareAsync("P1", "Checkout errors");
        await _h.RunOkInAsync(a, "alice", "/incident started 11:40");
        await _h.RunOkInAsync(a, "alice", "/incident detected 11:50");
        await _h.RunOkInAsync(a, "alice", "/incident services API");
        At(15, 12, 10);
        await _h.RunOkInAsync(a, "bob", "/incident ack");
        At(15, 12, 40);
        await _h.RunOkInAsync(a, "alice", "/incident update monitoring Rolled back");
        At(15, 13, 0);
        await _h.RunOkInAsync(a, "alice", "/incident resolve Bad deploy");
        At(15, 13, 5);
        await _h.RunOkInAsync(a, "alice", "/incident action add @carol 1d Alert on checkout 5xx");
        await _h.RunOkInAsync(a, "alice", "/incident action add @bob 2026-12-20 Canary deploys");
        await _h.RunOkInAsync(a, "alice", "/incident action add @dave 3d Write the rollback runbook");
        await _h.RunOkInAsync(a, "dave", "/incident action done 3");

        At(15, 14, 0);
        var b = await _h.DeclareAsync("P1", "Slow search");
        await _h.RunOkInAsync(b, "alice", "/incident services Search");
        At(15, 14, 20);
        await _h.RunOkInAsync(b, "alice", "/incident sev P2 smaller than feared");
        At(15, 14, 30);
        await _h.RunOkInAsync(b, "bob", "/incident ack");
        At(15, 17, 0);
        await _h.RunOkInAsync(b, "alice", "/incident resolve Index rebuilt");

        At(16, 9, 0);
        var c = await _h.DeclareAsync("P0", "Database down");
        At(16, 9, 1);
        await _h.RunOkInAsync(c, "alice", "/incident started 08:30");
        At(16, 10, 0);
        await _h.RunOkInAsync(c, "alice", "/incident mitigated 09:45");
        At(16, 10, 30);
        await _h.RunOkInAsync(c, "alice", "/incident resolve Failover");

        At(16, 12, 0);
        var d = await _h.DeclareAsync("P3", "Flapping monitor");
        At(16, 12, 10);
        await _h.RunOkInAsync(d, "alice", "/incident resolve --false-alarm Monitor misconfigured");

        At(17, 9, 0);
        var e = await _h.DeclareAsync("P2", "Webhook delays");
        At(17, 9, 5);
        await _h.RunOkInAsync(e, "bob", "/incident ack");
        At(17, 10, 0);
    }

    [Fact]
    public async Task Every_figure_of_the_report_matches_the_hand_worked_value()
    {
        await SeedAsync();
        var (query, error) = ReportQuery.Read("2d", null, null, _h.Clock.GetUtcNow());
        Assert.Null(error);

        var report = await IncidentReport.BuildAsync(new StoreHistory(_h.Store), _h.Runbook, query!, _h.Clock.GetUtcNow(), default);

        // From the 15th 10:00: A, B, C, E count; D is a false alarm; G was declared before the period.
        Assert.Equal(4, report.Incidents);
        Assert.Equal([new("P0", 1), new("P1", 1), new("P2", 2), new("P3", 0)], report.BySeverity);
        // MTTD: A 11:50-11:40 = 10, C 09:00-08:30 = 30 (B and E have no start set). Mean 20; p90 rank ceil(1.8) = 2: 30.
        Assert.Equal(new DurationFigure(2, 20, 30), report.TimeToDetect);
        // MTTA: A 12:10-11:50 = 20, B 14:30-14:00 = 30, E 09:05-09:00 = 5 (C never acknowledged). Mean 55/3; p90 rank 3: 30.
        Assert.Equal(new DurationFigure(3, 18.33, 30), report.TimeToAcknowledge);
        // Mitigate: A 12:40-11:40 = 60, B 17:00-14:00 = 180 (at resolve), C 09:45-08:30 = 75. Mean 315/3 = 105; p90: 180.
        Assert.Equal(new DurationFigure(3, 105, 180), report.TimeToMitigate);
        // MTTR: A 13:00-11:40 = 80, B 180, C 10:30-08:30 = 120. Mean 380/3 = 126.67; p90: 180.
        Assert.Equal(new DurationFigure(3, 126.67, 180), report.TimeToResolve);
        // Respond-within (final severity): A 20 > P1's 15 missed; B 30 <= P2's 60 met; C unacknowledged past P0's 5 missed; E 5 <= 60 met.
        Assert.Equal(new ShareFigure(2, 4), report.RespondWithin);
        Assert.Equal(50, report.RespondWithin.Percent);
        // Resolve-within: A 80 <= 120 met; B 180 <= 240 met; C 120 > 60 missed; E open, its 13:00 target not passed: not judged.
        Assert.Equal(new ShareFigure(2, 3), report.ResolveWithin);
        Assert.Equal(66.7, report.ResolveWithin.Percent);
        // Severity: B was declared P1 and ended P2; A, C and E kept theirs.
        Assert.Equal(new ShareFigure(3, 4), report.SeverityAccuracy);
        Assert.Equal(1, report.FalseAlarms);
        // A's actions: #1 due the 16th 13:05 (overdue), #2 due 2026-12-20 (open), #3 done.
        Assert.Equal(new FollowUpFigure(2, 1), report.FollowUps);
    }

    /// <summary>
    /// After the seed, a webhook-5xx drill (targets: detect 5m, mitigate 15m, post-mortem 24h) started 10:05 on the 17th,
    /// acknowledged 10:08 (detect falls back to it: 3m, met), monitoring 10:25 (mitigate 20m, missed), resolved 10:30,
    /// post-mortem done 10:40 (10m after resolve, met), ended with its gap. It changes no incident figure.
    /// </summary>
    [Fact]
    public async Task A_drill_is_left_out_of_every_figure_and_scored_apart()
    {
        await SeedAsync();
        At(17, 10, 5);
        var started = await _h.RunAsync("alice", "general", "/incident drill start webhook-5xx");
        Assert.False(started.IsError, started.Text);
        var drill = _h.Store.Incidents.Single(i => i.ChannelId == started.Channel);
        At(17, 10, 8);
        await _h.RunOkInAsync(drill, "alice", "/incident ack");
        At(17, 10, 25);
        await _h.RunOkInAsync(drill, "alice", "/incident update monitoring Edge function rolled back");
        At(17, 10, 30);
        await _h.RunOkInAsync(drill, "alice", "/incident resolve Rolled back");
        At(17, 10, 40);
        await _h.RunOkInAsync(drill, "alice", "/incident postmortem done");
        await _h.RunOkInAsync(drill, "alice", "/incident drill gap Nobody alerts on webhook_retry");
        await _h.RunOkInAsync(drill, "alice", "/incident drill end");
        var (query, _) = ReportQuery.Read("2d", null, null, _h.Clock.GetUtcNow());

        var report = await IncidentReport.BuildAsync(new StoreHistory(_h.Store), _h.Runbook, query!, _h.Clock.GetUtcNow(), default);

        Assert.Equal(4, report.Incidents);
        Assert.Equal([new("P0", 1), new("P1", 1), new("P2", 2), new("P3", 0)], report.BySeverity);
        Assert.Equal(new DurationFigure(3, 18.33, 30), report.TimeToAcknowledge);
        Assert.Equal(new DurationFigure(3, 126.67, 180), report.TimeToResolve);
        Assert.Equal(1, report.FalseAlarms);
        Assert.Equal(new DrillFigure(1, 1, new ShareFigure(2, 3)), report.Drills);
        Assert.Contains("- Drills: 1 (1 ended with a scorecard); targets met 2 of 3 (66.7 %)", ReportText.Render(report));
    }

    [Fact]
    public async Task The_report_command_shows_the_figures_and_false_alarms_apart()
    {
        await SeedAsync();

        var reply = await _h.RunAsync("alice", "general", "/incident report --since 2d");

        Assert.False(reply.IsError, reply.Text);
        Assert.Contains("Incidents: 4 (P0 1, P1 1, P2 2, P3 0)", reply.Text);
        Assert.Contains("Time to detect (MTTD): mean 20 min (20m), p90 30 min (30m) (2 incidents", reply.Text);
        Assert.Contains("Time to resolve (MTTR): mean 126.67 min (2h 7m), p90 180 min (3h) (3 incidents resolved)", reply.Text);
        Assert.Contains("Acknowledged within respond-within: 2 of 4 (50 %)", reply.Text);
        Assert.Contains("Severity accuracy (final severity = declared): 3 of 4 (75 %)", reply.Text);
        Assert.Contains("Follow-ups: 2 open, 1 overdue", reply.Text);
        Assert.Contains("Shown apart (not in the figures above):\n- False alarms: 1", reply.Text);
    }

    [Fact]
    public async Task Severity_and_service_filters_narrow_the_incidents()
    {
        await SeedAsync();

        var p2 = await _h.RunAsync("alice", "general", "/incident report --since 2d --severity p2");
        var api = await _h.RunAsync("alice", "general", "/incident report --since 2d --service api");

        Assert.Contains("Incidents: 2 (P0 0, P1 0, P2 2, P3 0)", p2.Text);
        Assert.Contains("severity P2", p2.Text);
        Assert.Contains("Incidents: 1 (P0 0, P1 1, P2 0, P3 0)", api.Text);
    }

    [Fact]
    public async Task A_month_covers_that_calendar_month()
    {
        await SeedAsync();

        var reply = await _h.RunAsync("alice", "general", "/incident report --since 2026-03");

        // G counts too now, and the period is the whole of March.
        Assert.Contains("Incidents: 5 (P0 2, P1 1, P2 2, P3 0)", reply.Text);
        Assert.Contains("2026-03 (2026-03-01 00:00 UTC to 2026-04-01 00:00 UTC)", reply.Text);
    }

    [Theory]
    [InlineData("/incident report --since yesterday", "'yesterday' is not a period; write --since 30d")]
    [InlineData("/incident report --since 2027-01", "2027-01 has not begun yet")]
    [InlineData("/incident report --severity P9", "Unknown severity 'P9'")]
    [InlineData("/incident report --since", "--since needs a value")]
    [InlineData("/incident report --all", "Unknown option '--all'")]
    public async Task Bad_options_are_refused_with_how_to_fix_them(string text, string says)
    {
        var reply = await _h.RunAsync("alice", "general", text);

        Assert.True(reply.IsError);
        Assert.Contains(says, reply.Text);
    }

    [Fact]
    public void The_p90_is_the_nearest_rank_value()
    {
        // Ten values 1..10: rank ceil(9) = 9, so 9; eleven values 1..11: rank ceil(9.9) = 10, so 10; one value: itself.
        Assert.Equal(9, DurationFigure.Of(Enumerable.Range(1, 10).Select(m => TimeSpan.FromMinutes(m))).P90Minutes);
        Assert.Equal(10, DurationFigure.Of(Enumerable.Range(1, 11).Select(m => TimeSpan.FromMinutes(m))).P90Minutes);
        Assert.Equal(7, DurationFigure.Of([TimeSpan.FromMinutes(7)]).P90Minutes);
        Assert.Equal(new DurationFigure(0, null, null), DurationFigure.Of([]));
    }
}
