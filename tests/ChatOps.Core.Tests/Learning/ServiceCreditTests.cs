using ChatOps.Core.Incidents;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Learning;

/// <summary>
/// Service credits under the default runbook's sla: (API 99.9 %: below 99.9 % 10 %, below 99 % 25 %; Webhooks 99.5 %)
/// for overlapping incidents across the March/April boundary, against numbers worked out by hand.
/// </summary>
public class ServiceCreditTests
{
    private readonly IncidentHarness _h = new();

    private void At(int month, int day, int hour, int minute) => _h.Clock.SetUtcNow(new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.Zero));


    /// <summary>
    /// X (API) began 03-31 23:00, mitigated 04-01 00:40; Y (API, Webhooks) 04-01 00:10 until 01:10 (monitoring);
    /// Z (API) a false alarm; W (API) 04-10 04:00 until resolved at 10:30. Returns X's close message.
    /// </summary>
    private async Task<(Incident X, Incident W, string XClose)> SeedAsync()
    {
        At(3, 31, 23, 30);
        var x = await _h.DeclareAsync("P1", "API errors");
        await _h.RunOkInAsync(x, "alice", "/incident started 23:00");
        await _h.RunOkInAsync(x, "alice", "/incident services API");
        At(4, 1, 0, 10);
        var y = await _h.DeclareAsync("P1", "Webhooks failing");
        await _h.RunOkInAsync(y, "alice", "/incident services API, Webhooks");
        At(4, 1, 0, 45);
        await _h.RunOkInAsync(x, "alice", "/incident mitigated 00:40");
        At(4, 1, 1, 0);
        var before = _h.Chat.PostsIn(x.ChannelId).Count;
        await _h.RunOkInAsync(x, "alice", "/incident resolve Config reverted");
        var close = _h.Chat.PostsIn(x.ChannelId).Skip(before).Select(p => p.Message.Text).Single(t => t.Contains("Service credits", StringComparison.Ordinal));
        At(4, 1, 1, 10);
        await _h.RunOkInAsync(y, "alice", "/incident update monitoring Queue draining");
        At(4, 1, 1, 20);
        await _h.RunOkInAsync(y, "alice", "/incident resolve Drained");
        At(4, 1, 2, 0);
        var z = await _h.DeclareAsync("P2", "Monitor flapping");
        await _h.RunOkInAsync(z, "alice", "/incident services API");
        At(4, 1, 2, 30);
        await _h.RunOkInAsync(z, "alice", "/incident resolve --false-alarm Monitor misconfigured");
        At(4, 10, 10, 0);
        var w = await _h.DeclareAsync("P1", "API down");
        await _h.RunOkInAsync(w, "alice", "/incident started 04:00");
        await _h.RunOkInAsync(w, "alice", "/incident services API");
        At(4, 10, 10, 30);
        await _h.RunOkInAsync(w, "alice", "/incident resolve Disk replaced");
        At(4, 10, 11, 0);
        return (x, w, close);
    }

    [Fact]
    public async Task Overlapping_incidents_count_once_and_windows_split_at_the_month_boundary()
    {
        var (x, _, _) = await SeedAsync();

        var april = await _h.RunAsync("alice", "general", "/incident credits 2026-04");
        var march = await _h.RunAsync("alice", "general", "/incident credits 2026-03");

        // April has 43,200 minutes. API: X 00:00-00:40 (clipped at the month's start) and Y 00:10-01:10 overlap, merged
        // into 00:00-01:10 = 70; W 04:00-10:30 = 390; Z is a false alarm. 460 down: 42,740 / 43,200 = 98.93518...%, below 99 %: 25 %.
        Assert.Contains("API, 2026-04 (target 99.9 %)", april.Text);
        Assert.Contains("merged into 2 (2026-04-01 00:00 UTC to 2026-04-01 01:10 UTC, 2026-04-10 04:00 UTC to 2026-04-10 10:30 UTC)", april.Text);
        Assert.Contains("down 460 min of 43,200 min; availability (43,200 - 460) / 43,200 = 98.9351 %: credit 25 % (below 99 %).", april.Text);
        Assert.DoesNotContain(_h.Store.Incidents.Single(i => i.FalseAlarm).Number, april.Text);
        // Webhooks: Y alone, 00:10-01:10 = 60: 43,140 / 43,200 = 99.8611 %, above its 99.5 % target.
        Assert.Contains("Webhooks, 2026-04 (target 99.5 %)", april.Text);
        Assert.Contains("down 60 min of 43,200 min; availability (43,200 - 60) / 43,200 = 99.8611 %: target met: no credit due.", april.Text);
        // March has 44,640 minutes. API: X 23:00-24:00 = 60: 44,580 / 44,640 = 99.86559...%, below 99.9 %: 10 %.
        Assert.Contains($"{x.Number} 2026-03-31 23:00 UTC to 2026-04-01 00:00 UTC (clipped to the month)", march.Text);
        Assert.Contains("down 60 min of 44,640 min; availability (44,640 - 60) / 44,640 = 99.8655 %: credit 10 % (below 99.9 %).", march.Text);
        Assert.Contains("Webhooks, 2026-03 (target 99.5 %): no impact recorded; availability 100 %: no credit due.", march.Text);
    }

    [Fact]
    public async Task The_close_message_shows_the_calculation_for_each_month_the_impact_touched()
    {
        var (_, _, close) = await SeedAsync();

        // At X's resolve (04-01 01:00) Y was still going on, so it counted until then: 00:00-01:00 merged = 60 minutes.
        Assert.Contains("Service credits:\n- API, 2026-03 (target 99.9 %)", close);
        Assert.Contains("down 60 min of 44,640 min; availability (44,640 - 60) / 44,640 = 99.8655 %: credit 10 % (below 99.9 %).", close);
        Assert.Contains("- API, 2026-04 (target 99.9 %)", close);
        Assert.Contains("(still going on)", close);
        Assert.Contains("down 60 min of 43,200 min; availability (43,200 - 60) / 43,200 = 99.8611 %: credit 10 % (below 99.9 %).", close);
    }

    [Fact]
    public async Task The_post_mortem_has_a_service_credits_section_and_a_false_alarm_credits_nothing()
    {
        var (_, w, _) = await SeedAsync();

        var md = _h.Archive.Content(w.PostMortemFile!);
        var falseAlarm = _h.Store.Incidents.Single(i => i.FalseAlarm);

        Assert.Contains("## Service credits", md);
        Assert.Contains("down 460 min of 43,200 min; availability (43,200 - 460) / 43,200 = 98.9351 %: credit 25 % (below 99 %).", md);
        Assert.Contains("Service credits: none: this was a false alarm.", _h.Archive.Content(falseAlarm.PostMortemFile!));
        Assert.Contains(_h.Chat.PostsIn(falseAlarm.ChannelId), p => p.Message.Text.Contains("Service credits: none: this was a false alarm.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_private_incident_counts_but_is_named_only_to_its_members()
    {
        var incident = await _h.DeclareAsync("P1", "--private Tenant data visible");
        await _h.RunOkInAsync(incident, "alice", "/incident services API");
        _h.Clock.Advance(TimeSpan.FromMinutes(30));
        await _h.RunOkInAsync(incident, "alice", "/incident resolve Fixed");

        var outsider = await _h.RunAsync(IncidentHarness.Outsider, "general", "/incident credits");
        var member = await _h.RunAsync("alice", "general", "/incident credits");

        Assert.Contains("impact a private incident 2026-03-14 09:00 UTC to 2026-03-14 09:30 UTC", outsider.Text);
        Assert.DoesNotContain(incident.Number, outsider.Text);
        Assert.Contains($"impact {incident.Number} 2026-03-14 09:00 UTC", member.Text);
        Assert.Contains("down 30 min of 44,640 min", outsider.Text);
    }

    [Theory]
    [InlineData("/incident credits April", "'April' is not a month; write it like /incident credits 2026-03")]
    [InlineData("/incident credits 2026-05", "2026-05 has not begun yet")]
    [InlineData("/incident credits 2026-03 2026-04", "takes at most a month")]
    public async Task Bad_months_are_refused_with_how_to_fix_them(string text, string says)
    {
        var reply = await _h.RunAsync("alice", "general", text);

        Assert.True(reply.IsError);
        Assert.Contains(says, reply.Text);
    }
}
