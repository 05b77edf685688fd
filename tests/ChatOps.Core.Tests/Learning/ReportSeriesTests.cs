using ChatOps.Core.Incidents;
using ChatOps.Core.Learning;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Learning;

/// <summary>
/// The report cut into weeks or months for the dashboard's charts, over incidents run through the engine at chosen
/// times; every expected figure is worked out by hand in the comments, not by the code under test.
/// </summary>
public class ReportSeriesTests
{
    private readonly IncidentHarness _h = new();

    private void At(int day, int hour, int minute) => _h.Clock.SetUtcNow(new DateTimeOffset(2026, 3, day, hour, minute, 0, TimeSpan.Zero));


    /// <summary>
    /// G P3 Sat 14th 09:00, no service, never acknowledged, resolved 09:30 (week of the 9th). A P1 Tue 17th 10:00 on
    /// API and Webhooks, acknowledged 10:10, resolved 11:00; B P1 Wed 18th 09:00 on "api", acknowledged 09:30, resolved
    /// 12:00 (week of the 16th). C P0 Mon 23rd 08:00 on Database, acknowledged 08:02, resolved 08:50; D a P2 false
    /// alarm on API the 24th; a webhook-5xx drill the 25th (detect 3m met, mitigate 20m missed, post-mortem 10m met)
    /// (week of the 23rd). Then the clock is set to the 31st.
    /// </summary>
    private async Task SeedAsync()
    {
        At(14, 9, 0);
        var g = await _h.DeclareAsync("P3", "Stale dashboard");
        At(14, 9, 30);
        await _h.RunOkInAsync(g, "alice", "/incident resolve Cache flushed");

        At(17, 10, 0);
        var a = await _h.DeclareAsync("P1", "Checkout errors");
        await _h.RunOkInAsync(a, "alice", "/incident services API, Webhooks");
        At(17, 10, 10);
        await _h.RunOkInAsync(a, "bob", "/incident ack");
        At(17, 11, 0);
        await _h.RunOkInAsync(a, "alice", "/incident resolve Bad deploy");

        At(18, 9, 0);
        var b = await _h.DeclareAsync("P1", "Slow API");
        await _h.RunOkInAsync(b, "alice", "/incident services api");
        At(18, 9, 30);
        await _h.RunOkInAsync(b, "bob", "/incident ack");
        At(18, 12, 0);
        await _h.RunOkInAsync(b, "alice", "/incident resolve Index rebuilt");

        At(23, 8, 0);
        var c = await _h.DeclareAsync("P0", "Database down");
        await _h.RunOkInAsync(c, "alice", "/incident services Database");
        At(23, 8, 2);
        await _h.RunOkInAsync(c, "bob", "/incident ack");
        At(23, 8, 50);
        await _h.RunOkInAsync(c, "alice", "/incident resolve Failover");

        At(24, 10, 0);
        var d = await _h.DeclareAsync("P2", "Flapping monitor");
        await _h.RunOkInAsync(d, "alice", "/incident services API");
        At(24, 10, 10);
        await _h.RunOkInAsync(d, "alice", "/incident resolve --false-alarm Monitor misconfigured");

        At(25, 10, 0);
        var started = await _h.RunAsync("alice", "general", "/incident drill start webhook-5xx");
        Assert.False(started.IsError, started.Text);
        var drill = _h.Store.Incidents.Single(i => i.ChannelId == started.Channel);
        At(25, 10, 3);
        await _h.RunOkInAsync(drill, "alice", "/incident ack");
        At(25, 10, 20);
        await _h.RunOkInAsync(drill, "alice", "/incident update monitoring Edge function rolled back");
        At(25, 10, 25);
        await _h.RunOkInAsync(drill, "alice", "/incident resolve Rolled back");
        At(25, 10, 35);
        await _h.RunOkInAsync(drill, "alice", "/incident postmortem done");
        await _h.RunOkInAsync(drill, "alice", "/incident drill gap Nobody alerts on webhook_retry");
        await _h.RunOkInAsync(drill, "alice", "/incident drill end");

        At(31, 12, 0);
    }

    private async Task<ReportSeries> SeriesAsync(ReportBucket bucket)
    {
        var now = _h.Clock.GetUtcNow();
        var (query, error) = ReportQuery.Read("2026-03", null, null, now);
        Assert.Null(error);
        var (known, selected) = await IncidentReport.SelectAsync(new StoreHistory(_h.Store), _h.Runbook, query!, default);
        return ReportSeries.Compute(selected, _h.Runbook, known, bucket, now);
    }

    [Fact]
    public async Task Weekly_figures_give_each_week_its_own_times_by_severity_and_shares_within_targets()
    {
        await SeedAsync();

        var series = await SeriesAsync(ReportBucket.Week);

        // March 2026 touches the ISO weeks of Feb 23 (only Mar 1), Mar 2, 9, 16, 23 and 30 (Mar 30-31).
        Assert.Equal(["2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"], series.Periods.Select(p => p.Period.Label));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), series.Periods[0].Period.From);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), series.Periods[^1].Period.To);
        Assert.Equal([0, 0, 1, 2, 1, 0], series.Periods.Select(p => p.Report.Incidents));
        Assert.Equal(["P0", "P1", "P2", "P3"], series.Severities);

        var ninth = series.Periods[2];
        // G: never acknowledged, resolved 30m after it began; respond missed (4h passed), resolve met (30m <= 24h).
        Assert.Equal(new DurationFigure(0, null, null), Times(ninth, "P3").TimeToAcknowledge);
        Assert.Equal(new DurationFigure(1, 30, 30), Times(ninth, "P3").TimeToResolve);
        Assert.Equal(new ShareFigure(0, 1), ninth.Report.RespondWithin);
        Assert.Equal(new ShareFigure(1, 1), ninth.Report.ResolveWithin);

        var sixteenth = series.Periods[3];
        // MTTA: A 10, B 30: mean 20, p90 rank ceil(1.8) = 2: 30. MTTR: A 60, B 180: mean 120, p90 180.
        Assert.Equal(new DurationFigure(2, 20, 30), Times(sixteenth, "P1").TimeToAcknowledge);
        Assert.Equal(new DurationFigure(2, 120, 180), Times(sixteenth, "P1").TimeToResolve);
        Assert.Equal(new DurationFigure(0, null, null), Times(sixteenth, "P0").TimeToResolve);
        // Respond: A 10 <= P1's 15 met, B 30 missed. Resolve: A 60 <= 120 met, B 180 missed.
        Assert.Equal(new ShareFigure(1, 2), sixteenth.Report.RespondWithin);
        Assert.Equal(new ShareFigure(1, 2), sixteenth.Report.ResolveWithin);

        var twentyThird = series.Periods[4];
        // C alone counts: the false alarm D and the drill are set apart, as the report does.
        Assert.Equal(new DurationFigure(1, 2, 2), Times(twentyThird, "P0").TimeToAcknowledge);
        Assert.Equal(new DurationFigure(1, 50, 50), Times(twentyThird, "P0").TimeToResolve);
        Assert.Equal(new DurationFigure(0, null, null), Times(twentyThird, "P2").TimeToResolve);
        Assert.Equal(1, twentyThird.Report.FalseAlarms);
        Assert.Equal(new DrillFigure(1, 1, new ShareFigure(2, 3)), twentyThird.Report.Drills);

        // Services of the counted incidents: A (API, Webhooks), B (api, the same service), C (Database), G (none); D is a false alarm.
        Assert.Equal([new("API", 2), new(ReportSeries.NoService, 1), new("Database", 1), new("Webhooks", 1)], series.ByService);
        var point = Assert.Single(series.Drills);
        Assert.Equal("webhook-5xx", point.Scenario);
        Assert.Equal(new DateTimeOffset(2026, 3, 25, 10, 0, 0, TimeSpan.Zero), point.StartedAt);
        Assert.Equal(new ShareFigure(2, 3), point.Targets);
    }

    [Fact]
    public async Task Monthly_figures_agree_with_the_report_over_the_whole_month()
    {
        await SeedAsync();

        var series = await SeriesAsync(ReportBucket.Month);

        var month = Assert.Single(series.Periods);
        Assert.Equal("2026-03", month.Period.Label);
        Assert.Equal(4, month.Report.Incidents);
        Assert.Equal(ReportText.Render(series.Whole), ReportText.Render(month.Report));
        // MTTA by P1 over the month is the week of the 16th's (A and B); P0 and P3 one incident each.
        Assert.Equal(new DurationFigure(2, 20, 30), Times(month, "P1").TimeToAcknowledge);
        Assert.Equal(new DurationFigure(1, 50, 50), Times(month, "P0").TimeToResolve);
        // Respond: G missed, A met, B missed, C met (2 <= 5): 2 of 4. Resolve: G met, A met, B missed, C met (50 <= 60): 3 of 4.
        Assert.Equal(new ShareFigure(2, 4), month.Report.RespondWithin);
        Assert.Equal(new ShareFigure(3, 4), month.Report.ResolveWithin);
    }

    [Fact]
    public void Periods_are_clipped_to_the_span_and_labelled_by_their_start()
    {
        // 90 days back from Sat 2026-03-14 09:00 is Sun 2025-12-14 09:00, in the week of Mon Dec 8.
        var to = new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
        var from = to.AddDays(-90);

        var weeks = ReportPeriod.Cut(from, to, ReportBucket.Week);
        var months = ReportPeriod.Cut(from, to, ReportBucket.Month);

        // Dec 8, 15, 22, 29, Jan 5, 12, 19, 26, Feb 2, 9, 16, 23, Mar 2, 9: 14 weeks.
        Assert.Equal(14, weeks.Count);
        Assert.Equal(new ReportPeriod("2025-12-08", from, new DateTimeOffset(2025, 12, 15, 0, 0, 0, TimeSpan.Zero)), weeks[0]);
        Assert.Equal(new ReportPeriod("2026-03-09", new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.Zero), to), weeks[^1]);
        Assert.Equal(["2025-12", "2026-01", "2026-02", "2026-03"], months.Select(m => m.Label));
        Assert.All(weeks.Zip(weeks.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
        Assert.Empty(ReportPeriod.Cut(to, to, ReportBucket.Week));
    }

    [Theory]
    [InlineData(null, ReportBucket.Week)]
    [InlineData("Month", ReportBucket.Month)]
    [InlineData(" week ", ReportBucket.Week)]
    public void Bucket_names_are_read_case_insensitively(string? text, ReportBucket expected)
    {
        Assert.True(ReportPeriod.TryParseBucket(text, out var bucket));
        Assert.Equal(expected, bucket);
    }

    [Fact]
    public void An_unknown_bucket_is_not_read()
    {
        Assert.False(ReportPeriod.TryParseBucket("fortnight", out _));
    }

    private static SeverityTimes Times(PeriodFigures period, string severity) => period.BySeverity.Single(s => s.Severity == severity);
}
