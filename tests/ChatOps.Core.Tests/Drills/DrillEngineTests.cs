using ChatOps.Core.Drills;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Drills;

/// <summary>Drills through the engine: they never page, are not announced unless asked, post their injects and log their end.</summary>
public class DrillEngineTests
{
    private readonly IncidentHarness _h = new(TestRunbooks.Paging);

    private async Task<Incident> StartAsync(string scenario, IncidentHarness? harness = null)
    {
        harness ??= _h;
        var reply = await harness.RunAsync("alice", "general", $"/incident drill start {scenario}");
        Assert.False(reply.IsError, reply.Text);
        return harness.Store.Incidents.Single(i => i.ChannelId == reply.Channel);
    }

    [Fact]
    public async Task A_drill_never_reaches_the_status_page_or_an_audience()
    {
        var drill = await StartAsync("webhook-5xx");

        var publish = await _h.RunInAsync(drill, "alice", "/incident publish investigating --component api=partial_outage Webhooks are failing");
        var component = await _h.RunInAsync(drill, "alice", "/incident component api major_outage");
        var notify = await _h.RunInAsync(drill, "alice", "/incident notify all-users Webhooks are failing");

        Assert.True(publish.IsError);
        Assert.Contains("is a drill: drills never appear on the status page", publish.Text);
        Assert.True(component.IsError);
        Assert.True(notify.IsError);
        Assert.Contains("is a drill: audiences are never told about a drill", notify.Text);
        var stored = _h.Store.Incidents.Single(i => i.Id == drill.Id);
        Assert.False(stored.WasPublished);
        Assert.Empty(stored.ComponentChanges);
        Assert.Empty(stored.Communications);
        Assert.Empty(_h.Mailer.Sent);
    }

    [Fact]
    public async Task A_drill_at_a_paging_severity_pages_nobody_at_declaration_on_escalation_or_by_hand()
    {
        // On the paging runbook P0 pages primary and platform when declared and backup at its first tier: a real P0 does.
        var real = await _h.DeclareAsync("P0", "Checkout is down");
        Assert.Equal(2, _h.Pager.Pages.Count);

        var drill = await StartAsync("database-down");
        _h.Clock.Advance(TimeSpan.FromMinutes(6));
        await _h.FireDueAsync();
        var byHand = await _h.RunInAsync(drill, "alice", "/incident page primary");

        Assert.True(drill.IsDrill);
        Assert.Equal("P0", drill.SeverityKey);
        // The real incident escalated to its first tier too, and paged backup; the drill nobody.
        Assert.All(_h.Pager.Pages, p => Assert.Equal(real.Number, p.IncidentNumber));
        Assert.Equal(3, _h.Pager.Pages.Count);
        Assert.Empty(drill.Pages);
        Assert.True(byHand.IsError);
        Assert.Contains("may not page anyone now", byHand.Text);
        Assert.Equal(1, drill.EscalationTier);
        Assert.NotEqual(real.Number, drill.Number);
    }

    [Fact]
    public async Task A_drill_is_marked_DRILL_everywhere_and_not_announced()
    {
        var drill = await StartAsync("webhook-5xx");

        var channel = Assert.Single(_h.Chat.Channels);
        Assert.StartsWith("drill-inc-2026-001-", channel.Name);
        Assert.StartsWith("DRILL ", channel.Topic);
        Assert.All(_h.Chat.PostsIn(drill.ChannelId), post =>
            Assert.True(post.Message.Text.StartsWith("[DRILL]", StringComparison.Ordinal) || post.Message.Text.StartsWith("DRILL", StringComparison.Ordinal), post.Message.Text));
        Assert.All(_h.Chat.PostsIn(drill.ChannelId).Where(p => p.Message.Card is not null), post => Assert.StartsWith("DRILL", post.Message.Card!.Title));
        Assert.Empty(_h.Chat.PostsIn(_h.Runbook.Channels.Announce));

        await _h.RunInAsync(drill, "alice", "/incident resolve Rolled back");
        Assert.Empty(_h.Chat.PostsIn(_h.Runbook.Channels.Announce));
        Assert.StartsWith("postmortem-20260314-drill-", drill.PostMortemFile);
        Assert.StartsWith("# DRILL Post-mortem: INC-2026-001", _h.Archive.Content(drill.PostMortemFile!));
    }

    [Fact]
    public async Task A_scenario_that_says_announce_is_announced_as_a_drill()
    {
        var runbook = TestRunbooks.Default with
        {
            Drills = TestRunbooks.Default.Drills with { Scenarios = TestRunbooks.Default.Drills.Scenarios.Select(s => s with { Announce = true }).ToList() },
        };
        var harness = new IncidentHarness(runbook);

        await StartAsync("webhook-5xx", harness);

        var announcement = Assert.Single(harness.Chat.PostsIn(runbook.Channels.Announce));
        Assert.StartsWith("[DRILL] alice declared INC-2026-001", announcement.Message.Text);
    }

    [Fact]
    public async Task A_timed_inject_is_a_durable_reminder_posted_when_it_falls_due_and_a_phase_inject_when_the_phase_is_reached()
    {
        var drill = await StartAsync("webhook-5xx");
        Assert.Equal([drill.DeclaredAt.AddMinutes(2), drill.DeclaredAt.AddMinutes(4)],
            _h.ScheduleOf(drill).Where(r => r.Kind == ReminderKind.DrillInject).Select(r => r.DueAt));
        Assert.Contains(_h.Chat.PostsIn(drill.ChannelId), p => p.Message.Text.StartsWith("[DRILL] Inject 1 of 6 (at the start): Trigger:", StringComparison.Ordinal));

        _h.Clock.Advance(TimeSpan.FromMinutes(2));
        await _h.FireDueAsync();
        Assert.Contains(_h.Chat.PostsIn(drill.ChannelId), p => p.Message.Text == "[DRILL] Inject 2 of 6 (after 2m): The upptime probe to /api/webhooks/stripe/__ping flips RED.");
        Assert.DoesNotContain(_h.Chat.PostsIn(drill.ChannelId), p => p.Message.Text.Contains("Inject 4 of 6", StringComparison.Ordinal));

        await _h.RunInAsync(drill, "alice", "/incident ack");
        Assert.Contains(_h.Chat.PostsIn(drill.ChannelId), p => p.Message.Text.StartsWith("[DRILL] Inject 4 of 6 (when acknowledged)", StringComparison.Ordinal));
        Assert.Equal([drill.DeclaredAt.AddMinutes(4)], _h.ScheduleOf(drill).Where(r => r.Kind == ReminderKind.DrillInject).Select(r => r.DueAt));
    }

    [Fact]
    public async Task Ending_a_drill_posts_the_scorecard_and_adds_a_log_row_and_the_log_file()
    {
        var drill = await StartAsync("webhook-5xx");
        _h.Clock.Advance(TimeSpan.FromMinutes(4));
        await _h.RunInAsync(drill, "alice", "/incident drill mark detected");
        _h.Clock.Advance(TimeSpan.FromMinutes(16));
        await _h.RunInAsync(drill, "alice", "/incident update monitoring Rolled back");
        await _h.RunInAsync(drill, "alice", "/incident resolve Rolled back");
        await _h.RunInAsync(drill, "alice", "/incident drill gap Nobody alerts on webhook_retry");
        _h.Clock.Advance(TimeSpan.FromHours(25));
        await _h.RunInAsync(drill, "alice", "/incident postmortem done");

        var reply = await _h.RunInAsync(drill, "alice", "/incident drill end");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal("Ended DRILL INC-2026-001: 1 of 3 targets met; the scorecard is posted and the drill logged.", reply.Text);
        var card = _h.Chat.PostsIn(drill.ChannelId).Select(p => p.Message.Card).OfType<Card>().Single(c => c.Title.StartsWith("DRILL scorecard", StringComparison.Ordinal));
        Assert.Equal("met: 4m (target 5m)", card.Facts.Single(f => f.Label == "Detect (from start)").Value);
        Assert.Equal("MISSED by 5m: 20m (target 15m)", card.Facts.Single(f => f.Label == "Mitigate (from start)").Value);
        Assert.Equal("MISSED by 1h: 25h (target 1d)", card.Facts.Single(f => f.Label == "Post-mortem (from resolution)").Value);
        Assert.Equal("Nobody alerts on webhook_retry", card.Facts.Single(f => f.Label == "Gap identified").Value);
        var row = Assert.Single(_h.DrillLog.Entries);
        Assert.Equal(("INC-2026-001", "alice", "webhook-5xx", TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(20), TimeSpan.FromHours(25), "Nobody alerts on webhook_retry"),
            (row.Incident, row.Operator, row.Scenario, row.Detect, row.Mitigate, row.PostMortem, row.Gap));
        Assert.Contains("| 2026-03-14 | alice | Stripe webhook ingress goes 5xx (webhook-5xx, INC-2026-001) | 4m (met, target 5m) |", _h.Archive.Content(DrillLogTable.FileName));
    }

    [Fact]
    public async Task Drill_commands_refuse_what_they_cannot_do_and_say_how()
    {
        var unknown = await _h.RunAsync("alice", "general", "/incident drill start webhook-5x");
        Assert.Equal("Unknown drill scenario 'webhook-5x'; did you mean 'webhook-5xx'? This runbook's scenarios are webhook-5xx, database-down, data-leak, restore.", unknown.Text);
        var outside = await _h.RunAsync("alice", "general", "/incident drill gap Something");
        Assert.Contains("Run this in the drill's channel", outside.Text);
        var real = await _h.DeclareAsync("P2", "Slow search");
        var notADrill = await _h.RunInAsync(real, "alice", "/incident drill mark detected");
        Assert.Contains("is a real incident, not a drill", notADrill.Text);
        var drill = await StartAsync("restore");
        var badPhase = await _h.RunInAsync(drill, "alice", "/incident drill mark paged");
        Assert.Equal("'paged' is not a drill phase; mark one of detected, acknowledged, mitigated, resolved, post-mortem.", badPhase.Text);
        var early = await _h.RunInAsync(drill, "alice", "/incident postmortem done");
        Assert.Contains("its post-mortem is written after /incident resolve", early.Text);
        await _h.RunInAsync(drill, "alice", "/incident resolve Restored");
        var closed = await _h.RunInAsync(drill, "alice", "/incident close");
        Assert.Equal("Cannot close the drill INC-2026-002 without the gap it found (seed 000: identify ONE gap). Name it with /incident drill gap <text>, then close.", closed.Text);
        Assert.True(new[] { unknown, outside, notADrill, badPhase, early, closed }.All(r => r.IsError));
    }

    [Fact]
    public async Task A_schedule_reminds_its_owner_once_when_a_drill_falls_due_and_moves_the_rotation_on()
    {
        var work = UnitOfWork.ForBot("shell", _h.Clock.GetUtcNow());
        Assert.Equal(0, await _h.Service.Engine.FireDrillSchedulesAsync(work));

        // The quarterly tabletop is due on the first Thursday of April at 10:00, the restore drill on the first Monday at 10:00.
        _h.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 2, 9, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await _h.Service.Engine.FireDrillSchedulesAsync(UnitOfWork.ForBot("shell", _h.Clock.GetUtcNow())));
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _h.Service.Engine.FireDrillSchedulesAsync(UnitOfWork.ForBot("shell", _h.Clock.GetUtcNow())));
        Assert.Equal(0, await _h.Service.Engine.FireDrillSchedulesAsync(UnitOfWork.ForBot("shell", _h.Clock.GetUtcNow())));

        var reminder = _h.Chat.PostsIn(_h.Runbook.Channels.Announce).Single().Message;
        Assert.Equal(["founder"], reminder.MentionList);
        Assert.Equal("DRILL due (quarterly tabletop, since 2026-04-02 10:00 UTC): time for the Stripe webhook ingress goes 5xx drill. Start it with /incident drill start webhook-5xx. The next one is due 2026-07-02 10:00 UTC (database-down).", reminder.Text);
        var schedule = await _h.RunAsync("founder", "general", "/incident drill schedule");
        Assert.Contains("- quarterly tabletop: next due 2026-07-02 10:00 UTC (in 2184h), scenario database-down", schedule.Text);
    }
}
