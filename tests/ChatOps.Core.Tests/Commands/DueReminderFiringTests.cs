using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

public class DueReminderFiringTests
{
    // Communication reminders are DeclaredAudienceReminderTests' and CommunicationTriggerTests'; here they would only add to the counts.
    private readonly IncidentHarness _h = new(TestRunbooks.WithoutCommunications);

    [Fact]
    public async Task Nothing_fires_before_anything_is_due()
    {
        await _h.DeclareAsync("P0");
        var posts = _h.Chat.Posts.Count;
        _h.Clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(59));

        Assert.Equal(0, await _h.FireDueAsync());
        Assert.Equal(posts, _h.Chat.Posts.Count);
    }

    [Fact]
    public async Task An_unacknowledged_P0_escalates_to_tier_1_automatically_after_5_minutes()
    {
        var incident = await _h.DeclareAsync("P0");
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        var fired = await _h.FireDueAsync();

        Assert.Equal(1, fired);
        Assert.Equal(1, incident.EscalationTier);
        Assert.Equal(["cto", "head-of-engineering"], _h.Chat.Invites[^1].People);
        var post = _h.Chat.PostsIn(incident.ChannelId)[^1];
        Assert.Equal(["cto", "head-of-engineering"], post.Message.MentionList);
        Assert.Contains("not acknowledged within 5m of declaration at P0", post.Message.Text);
        var entry = incident.Timeline[^1];
        Assert.Equal((IncidentHarness.BotActor, "escalated", IncidentHarness.Start.AddMinutes(5)), (entry.Actor, entry.Kind, entry.At));
        var record = Assert.Single(incident.Escalations);
        Assert.True(record.Automatic);
        Assert.Equal(IncidentEngine.BotName, record.Actor);
        Assert.Contains("cto", incident.Participants);
        Assert.Null(_h.Scheduled(incident, ReminderKind.Escalation));
    }

    [Fact]
    public async Task An_acknowledged_incident_does_not_escalate()
    {
        var incident = await _h.DeclareAsync("P0");
        _h.Clock.Advance(TimeSpan.FromMinutes(3));
        await _h.RunInAsync(incident, "bob", "/incident ack");
        _h.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(0, await _h.FireDueAsync());
        Assert.Empty(incident.Escalations);
    }

    [Fact]
    public async Task An_unacknowledged_P1_climbs_to_tier_1_at_15_minutes_then_tier_2_15_minutes_later()
    {
        var incident = await _h.DeclareAsync("P1");

        _h.Clock.Advance(TimeSpan.FromMinutes(15));
        await _h.FireDueAsync();
        Assert.Equal(1, incident.EscalationTier);
        Assert.Equal(["engineering-lead"], _h.Chat.Invites[^1].People);
        Assert.Equal(IncidentHarness.Start.AddMinutes(30), _h.Scheduled(incident, ReminderKind.Escalation)!.DueAt);

        _h.Clock.Advance(TimeSpan.FromMinutes(14));
        await _h.FireDueAsync();
        Assert.Equal(1, incident.EscalationTier);

        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        await _h.FireDueAsync();
        Assert.Equal(2, incident.EscalationTier);
        Assert.Equal(["cto", "head-of-engineering"], _h.Chat.Invites[^1].People);
        Assert.Contains("still not acknowledged 15m after tier 1", _h.Chat.PostsIn(incident.ChannelId)[^1].Message.Text);
        Assert.Equal([1, 2], incident.Escalations.Select(e => e.Tier));
        Assert.All(incident.Escalations, e => Assert.True(e.Automatic));
        Assert.Null(_h.Scheduled(incident, ReminderKind.Escalation));
    }

    [Fact]
    public async Task A_status_reminder_mentions_the_commander_and_reschedules_by_the_cadence()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "bob", "/incident ack");
        _h.Clock.Advance(TimeSpan.FromMinutes(15));

        var fired = await _h.FireDueAsync();

        Assert.Equal(1, fired);
        var post = _h.Chat.PostsIn(incident.ChannelId)[^1];
        Assert.Equal(["alice"], post.Message.MentionList);
        Assert.Equal("Status update due: INC-2026-001", post.Message.Card!.Title);
        Assert.Contains("15 minutes since declaration", post.Message.Card.Sections[0]);
        Assert.Equal(IncidentHarness.Start.AddMinutes(30), _h.Scheduled(incident, ReminderKind.StatusUpdate)!.DueAt);
        Assert.Equal((IncidentHarness.BotActor, "reminder"), (incident.Timeline[^1].Actor, incident.Timeline[^1].Kind));
    }

    [Fact]
    public async Task A_status_reminder_goes_to_the_current_commander()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "alice", "/incident ack");
        await _h.RunInAsync(incident, "alice", "/incident role commander carol");
        _h.Clock.Advance(TimeSpan.FromMinutes(15));

        await _h.FireDueAsync();

        Assert.Equal(["carol"], _h.Chat.PostsIn(incident.ChannelId)[^1].Message.MentionList);
    }

    [Fact]
    public async Task A_reminder_far_overdue_fires_once_not_once_per_missed_period()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "bob", "/incident ack");
        var posts = _h.Chat.Posts.Count;
        _h.Clock.Advance(TimeSpan.FromHours(5));

        var fired = await _h.FireDueAsync();

        // The update reminder once, and P0's one-hour resolution target, passed long ago, once too.
        Assert.Equal(2, fired);
        Assert.Equal(posts + 2, _h.Chat.Posts.Count);
        Assert.Contains("5 hours since declaration", _h.Chat.Posts.Single(p => p.Message.Card?.Title == "Status update due: INC-2026-001").Message.Card!.Sections[0]);
        Assert.Equal(IncidentHarness.Start.AddHours(5).AddMinutes(15), _h.Scheduled(incident, ReminderKind.StatusUpdate)!.DueAt);
        Assert.Equal(0, await _h.FireDueAsync());
    }

    [Fact]
    public async Task A_P1_down_for_hours_escalates_one_tier_per_run_not_all_at_once()
    {
        var incident = await _h.DeclareAsync("P1");
        _h.Clock.Advance(TimeSpan.FromHours(3));

        var fired = await _h.FireDueAsync();

        // Tier 1, one update reminder, and the passed two-hour resolution target.
        Assert.Equal(3, fired);
        Assert.Equal(1, incident.EscalationTier);
        Assert.Single(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Card?.Title == "Status update due: INC-2026-001");
        Assert.Equal(IncidentHarness.Start.AddHours(3).AddMinutes(15), _h.Scheduled(incident, ReminderKind.Escalation)!.DueAt);
    }

    [Fact]
    public async Task The_post_mortem_reminder_fires_48_hours_after_resolve_and_then_nothing_is_due()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "alice", "/incident ack");
        _h.Clock.Advance(TimeSpan.FromMinutes(30));
        await _h.RunInAsync(incident, "alice", "/incident resolve Fixed");

        _h.Clock.Advance(TimeSpan.FromHours(47));
        Assert.Equal(0, await _h.FireDueAsync());
        _h.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await _h.FireDueAsync());

        var post = _h.Chat.PostsIn(incident.ChannelId)[^1];
        Assert.Equal(["alice"], post.Message.MentionList);
        Assert.Contains("postmortem-20260314-checkout-is-down.md", post.Message.Text);
        Assert.True(incident.PostMortemReminded);
        Assert.Empty(_h.ScheduleOf(incident));
        _h.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(0, await _h.FireDueAsync());
    }

    [Fact]
    public async Task A_closed_incident_fires_only_its_post_mortem_review_reminder_and_then_never_again()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "alice", "/incident resolve");
        await _h.RunInAsync(incident, "alice", "/incident close");
        var posts = _h.Chat.Posts.Count;

        _h.Clock.Advance(TimeSpan.FromDays(30));

        Assert.Equal(1, await _h.FireDueAsync());
        Assert.Contains("is due now: hold the follow-up review", Assert.Single(_h.Chat.Posts.Skip(posts)).Message.Text);
        Assert.Equal(0, await _h.FireDueAsync());
    }

    [Fact]
    public async Task Due_reminders_of_several_incidents_all_fire_in_one_run()
    {
        var first = await _h.DeclareAsync("P0", "First");
        var second = await _h.DeclareAsync("P1", "Second");
        _h.Clock.Advance(TimeSpan.FromMinutes(15));

        await _h.FireDueAsync();

        Assert.Equal(1, first.EscalationTier);
        Assert.Equal(1, second.EscalationTier);
    }
}
