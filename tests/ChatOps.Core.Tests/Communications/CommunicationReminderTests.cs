using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Communications;

/// <summary>
/// The commander is reminded, on the fake clock, of the audiences the severity must tell (from notify-within, then every
/// remind-every) and of the runbook's triggers (seed 004's outage over 30 minutes at P0/P1), until they are met.
/// </summary>
public class CommunicationReminderTests
{
    private readonly IncidentHarness _h = new();

    private IReadOnlyList<string> Reminders(Incident incident) =>
        _h.Chat.PostsIn(incident.ChannelId).Select(p => p.Message.Text).Where(t => t.Contains("the runbook says to tell") || t.Contains("has been going over")).ToList();

    private async Task AtMinuteAsync(int minute)
    {
        _h.Clock.SetUtcNow(IncidentHarness.Start.AddMinutes(minute));
        await _h.FireDueAsync();
    }

    [Fact]
    public async Task The_declared_severity_s_audiences_are_reminded_to_the_commander_until_each_is_told()
    {
        var incident = await _h.DeclareAsync("P2");
        await AtMinuteAsync(14);
        Assert.Empty(Reminders(incident));

        await AtMinuteAsync(15);
        var first = Assert.Single(Reminders(incident));
        Assert.Equal("INC-2026-001 is P2 (Medium): the runbook says to tell internal (Internal team). Not told yet: internal (Internal team). Tell them with /incident notify <audience> [message] (or /incident notify for the form).", first);
        Assert.Equal(["alice"], _h.Chat.PostsIn(incident.ChannelId).Single(p => p.Message.Text == first).Message.MentionList);
        Assert.Equal(("ChatOps", Incident.CommunicationReminderKind), (incident.Timeline[^1].Actor, incident.Timeline[^1].Kind));

        await AtMinuteAsync(29);
        Assert.Single(Reminders(incident));
        await AtMinuteAsync(30);
        Assert.Equal(2, Reminders(incident).Count);

        await _h.RunInAsync(incident, "alice", "/incident notify internal Looking into it");
        Assert.DoesNotContain(_h.ScheduleOf(incident), r => r.Kind == ReminderKind.Communication);
        await AtMinuteAsync(120);
        Assert.Equal(2, Reminders(incident).Count);
    }

    [Fact]
    public async Task Raising_the_severity_owes_the_new_severity_s_audiences_from_the_raise()
    {
        var incident = await _h.DeclareAsync("P2");
        await _h.RunInAsync(incident, "alice", "/incident notify internal Looking into it");
        _h.Clock.SetUtcNow(IncidentHarness.Start.AddMinutes(20));
        await _h.RunInAsync(incident, "alice", "/incident sev P0");

        Assert.Equal(IncidentHarness.Start.AddMinutes(35), _h.ScheduleOf(incident).Single(r => r.Clock == "notify:P0").DueAt);
        await AtMinuteAsync(35);

        var reminder = Reminders(incident).Single(t => t.Contains("is P0"));

        // Internal was told at P2; that still counts.
        Assert.Contains("Not told yet: all-users (All users), brokers, operators.", reminder);
    }

    [Fact]
    public async Task The_30_minute_trigger_reminds_every_15_minutes_until_customers_are_told_and_the_status_page_is_updated()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident notify affected-users First notice");
        await _h.RunInAsync(incident, "alice", "/incident notify internal First notice");
        await AtMinuteAsync(29);
        Assert.Empty(Reminders(incident));

        await AtMinuteAsync(30);
        var trigger = Assert.Single(Reminders(incident));
        Assert.Equal("INC-2026-001 has been going over 30m at P1 (outage-over-30m: Service outage over 30 minutes: status page update plus customer email (seed 004)). Still to do: publish to the status page (/incident publish investigating <public message>); tell all-users (All users) (/incident notify all-users [message]).", trigger);

        await AtMinuteAsync(44);
        Assert.Single(Reminders(incident));
        await AtMinuteAsync(45);
        Assert.Equal(2, Reminders(incident).Count);

        await _h.RunInAsync(incident, "alice", "/incident notify all-users Still investigating");
        await AtMinuteAsync(60);
        Assert.Equal(3, Reminders(incident).Count);
        Assert.EndsWith("Still to do: publish to the status page (/incident publish investigating <public message>).", Reminders(incident)[^1]);

        var published = await _h.RunInAsync(incident, "alice", "/incident publish investigating Payments are failing for some customers");
        Assert.False(published.IsError, published.Text);
        await AtMinuteAsync(90);
        Assert.Equal(3, Reminders(incident).Count);
        Assert.Equal(3, incident.CommunicationReminders.Count(r => r.Key == "trigger:outage-over-30m"));
    }

    [Fact]
    public async Task An_incident_that_began_long_before_it_was_declared_meets_the_trigger_at_once()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident started 45m ago");

        Assert.Equal(IncidentHarness.Start, _h.ScheduleOf(incident).Single(r => r.Clock == "trigger:outage-over-30m").DueAt);
    }

    [Fact]
    public async Task The_trigger_does_not_cover_P2_and_nothing_is_owed_once_resolved()
    {
        var p2 = await _h.DeclareAsync("P2");
        Assert.DoesNotContain(_h.ScheduleOf(p2), r => r.Clock?.StartsWith("trigger:", StringComparison.Ordinal) == true);

        var p0 = await _h.DeclareAsync("P0", "Second one");
        await _h.RunInAsync(p0, "alice", "/incident resolve Fixed");
        Assert.DoesNotContain(_h.ScheduleOf(p0), r => r.Kind == ReminderKind.Communication);
    }

    [Fact]
    public async Task A_reminder_long_overdue_after_a_restart_fires_once()
    {
        var incident = await _h.DeclareAsync("P2");
        await AtMinuteAsync(180);

        Assert.Single(Reminders(incident));
        Assert.Equal(IncidentHarness.Start.AddMinutes(195), _h.ScheduleOf(incident).Single(r => r.Kind == ReminderKind.Communication).DueAt);
    }
}
