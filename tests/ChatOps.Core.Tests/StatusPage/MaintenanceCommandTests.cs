using ChatOps.Core.StatusPage;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.StatusPage;

/// <summary><c>/incident maintenance</c>: scheduling from any channel, its refusals, the listing and cancelling (issue 16).</summary>
public sealed class MaintenanceCommandTests
{
    private const string Admin = "security-lead";
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task Schedule_from_any_channel_lists_it_upcoming_then_in_progress_and_cancel_removes_it()
    {
        var reply = await _h.RunAsync(Admin, "general", "/incident maintenance schedule api,WEBHOOKS 2026-03-15T02:00Z 2026-03-15 04:00 Database upgrade <b>now</b>");
        Assert.False(reply.IsError, reply.Text);
        Assert.Contains("mnt-1", reply.Text);
        var stored = Assert.Single(_h.Maintenance.Windows);
        Assert.Equal(["api", "webhooks"], stored.Components);
        Assert.Equal((new DateTimeOffset(2026, 3, 15, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 15, 4, 0, 0, TimeSpan.Zero)), (stored.From, stored.To));
        Assert.Equal(("Database upgrade <b>now</b>", Admin), (stored.Text, stored.ScheduledBy));

        var list = await _h.RunAsync("anyone", "random", "/incident maintenance");
        Assert.Contains("mnt-1 [upcoming] API, Webhook processing, 2026-03-15 02:00 UTC to 2026-03-15 04:00 UTC: Database upgrade <b>now</b>", list.Text);
        _h.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 15, 3, 0, 0, TimeSpan.Zero));
        Assert.Contains("mnt-1 [in progress]", (await _h.RunAsync("anyone", "random", "/incident maintenance")).Text);

        var cancelled = await _h.RunAsync(Admin, "general", "/incident maintenance cancel 1");
        Assert.False(cancelled.IsError, cancelled.Text);
        Assert.NotNull(_h.Maintenance.Windows[0].CancelledAt);
        Assert.Contains("No maintenance is scheduled", (await _h.RunAsync("anyone", "random", "/incident maintenance")).Text);
        Assert.Contains("already cancelled", (await _h.RunAsync(Admin, "general", "/incident maintenance cancel mnt-1")).Text);
    }

    [Theory]
    [InlineData("/incident maintenance schedule apii 2026-03-15T02:00Z 2026-03-15T04:00Z Upgrade", "Unknown component 'apii'; did you mean 'api'?")]
    [InlineData("/incident maintenance schedule api 2026-03-15T04:00Z 2026-03-15T02:00Z Upgrade", "ends (2026-03-15 02:00 UTC) before it starts (2026-03-15 04:00 UTC); put the start first")]
    [InlineData("/incident maintenance schedule api 2026-03-13T02:00Z 2026-03-13T04:00Z Upgrade", "ends in the past (2026-03-13 04:00 UTC; it is now 2026-03-14 09:00 UTC)")]
    [InlineData("/incident maintenance schedule api 2026-03-15T02:00Z 2026-03-15T04:00Z", "Say what customers should read")]
    [InlineData("/incident maintenance schedule api tomorrow 2026-03-15T04:00Z Upgrade", "'tomorrow' is not a start time I can read; write 2026-12-20T02:00Z or 2026-12-20 02:00 (UTC).")]
    [InlineData("/incident maintenance schedule api 2026-03-15T02:00Z", "Name the components, the window and what customers should read")]
    [InlineData("/incident maintenance schedule apii 2026-03-15T02:00Z 2026-03-15T04:00Z Upgrade", "The status page's components are api, webhooks, dashboard, notifications.")]
    [InlineData("/incident maintenance cancel mnt-9", "There is no maintenance 'mnt-9'")]
    [InlineData("/incident maintenance postpone 1", "Unknown maintenance command 'postpone'")]
    public async Task Bad_input_is_refused_with_what_to_fix_and_nothing_is_stored(string text, string expected)
    {
        var reply = await _h.RunAsync(Admin, "general", text);
        Assert.True(reply.IsError, reply.Text);
        Assert.Contains(expected, reply.Text);
        Assert.Empty(_h.Maintenance.Windows);
    }

    [Fact]
    public async Task Only_whom_the_update_rule_allows_may_schedule_outside_an_incident()
    {
        var reply = await _h.RunAsync(IncidentHarness.Outsider, "general", "/incident maintenance schedule api 2026-03-15T02:00Z 2026-03-15T04:00Z Upgrade");
        Assert.True(reply.IsError, reply.Text);
        Assert.Contains("Only", reply.Text);
        Assert.Empty(_h.Maintenance.Windows);
    }

    [Fact]
    public void Maintenance_shows_under_maintenance_in_its_window_but_never_hides_a_worse_status()
    {
        var m = new ScheduledMaintenance("mnt-1", ["api"], IncidentHarness.Start, IncidentHarness.Start.AddHours(2), "x", Admin, IncidentHarness.Start);
        var inside = IncidentHarness.Start.AddHours(1);
        Assert.Equal(ComponentStatus.UnderMaintenance, ScheduledMaintenance.Overlay(ComponentStatus.Operational, "API", [m], inside));
        Assert.Equal(ComponentStatus.MajorOutage, ScheduledMaintenance.Overlay(ComponentStatus.MajorOutage, "api", [m], inside));
        Assert.Equal(ComponentStatus.Operational, ScheduledMaintenance.Overlay(ComponentStatus.Operational, "api", [m], IncidentHarness.Start.AddHours(2)));
        Assert.Equal(ComponentStatus.Operational, ScheduledMaintenance.Overlay(ComponentStatus.Operational, "webhooks", [m], inside));
        Assert.Equal(ComponentStatus.Operational, ScheduledMaintenance.Overlay(ComponentStatus.Operational, "api", [m with { CancelledAt = inside }], inside));
    }
}
