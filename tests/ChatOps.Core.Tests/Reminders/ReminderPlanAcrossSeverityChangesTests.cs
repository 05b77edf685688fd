using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Reminders;

public class ReminderPlanAcrossSeverityChangesTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private static Incident Declare(string severity) =>
        Incident.Declare(2026, 1, "Checkout is down", TestRunbooks.Severity(severity), "alice", "alice", DeclareDetails.None, "C1", "inc", T);

    private static IReadOnlyList<ScheduledReminder> Plan(Incident incident) => ReminderPlanner.Plan(incident, TestRunbooks.Default);

    private static ScheduledReminder? Due(Incident incident, ReminderKind kind) => Plan(incident).SingleOrDefault(r => r.Kind == kind);

    [Fact]
    public void A_P0_owes_an_update_after_15_minutes_and_escalates_to_tier_1_after_5()
    {
        var incident = Declare("P0");

        Assert.Equal(
            [
                new ScheduledReminder(incident.Id, ReminderKind.StatusUpdate, T.AddMinutes(15)),
                new ScheduledReminder(incident.Id, ReminderKind.Escalation, T.AddMinutes(5), 1),
                new ScheduledReminder(incident.Id, ReminderKind.ResolutionTarget, T.AddHours(1)),
                // The default runbook's communications: P0's audiences within 15 minutes, the 30-minute outage trigger.
                new ScheduledReminder(incident.Id, ReminderKind.Communication, T.AddMinutes(15), Clock: "notify:P0"),
                new ScheduledReminder(incident.Id, ReminderKind.Communication, T.AddMinutes(30), Clock: "trigger:outage-over-30m"),
            ],
            Plan(incident));
    }

    [Fact]
    public void Acknowledging_removes_the_escalation()
    {
        var incident = Declare("P0");

        incident.Acknowledge("bob", T.AddMinutes(2));

        Assert.Null(Due(incident, ReminderKind.Escalation));
        Assert.Equal(T.AddMinutes(15), Due(incident, ReminderKind.StatusUpdate)!.DueAt);
    }

    [Fact]
    public void An_update_at_10_minutes_moves_the_next_update_to_25_minutes()
    {
        var incident = Declare("P0");

        incident.PostUpdate("alice", IncidentStatus.Identified, "Bad deploy", T.AddMinutes(10));

        Assert.Equal(T.AddMinutes(25), Due(incident, ReminderKind.StatusUpdate)!.DueAt);
    }

    [Fact]
    public void A_reminder_restarts_the_update_cadence()
    {
        var incident = Declare("P0");

        incident.RecordUpdateReminder(T.AddMinutes(15));

        Assert.Equal(T.AddMinutes(30), Due(incident, ReminderKind.StatusUpdate)!.DueAt);
    }

    [Fact]
    public void Changing_to_P2_at_20_minutes_makes_the_next_update_due_an_hour_after_the_change()
    {
        var incident = Declare("P0");
        incident.PostUpdate("alice", IncidentStatus.Identified, "Bad deploy", T.AddMinutes(10));

        incident.ChangeSeverity("alice", TestRunbooks.Severity("P2"), T.AddMinutes(20));

        Assert.Equal(T.AddMinutes(80), Due(incident, ReminderKind.StatusUpdate)!.DueAt);
    }

    [Fact]
    public void An_unacknowledged_incident_changed_to_P2_escalates_on_P2s_tier_delay_from_the_change()
    {
        var incident = Declare("P0");

        incident.ChangeSeverity("alice", TestRunbooks.Severity("P2"), T.AddMinutes(20));

        Assert.Equal(new ScheduledReminder(incident.Id, ReminderKind.Escalation, T.AddMinutes(80), 1), Due(incident, ReminderKind.Escalation));
    }

    [Fact]
    public void An_incident_already_at_tier_1_changed_to_P2_climbs_to_P2s_tier_2_from_the_change()
    {
        var incident = Declare("P0");
        incident.Escalate("ChatOps", 1, TestRunbooks.Severity("P0").Escalation[0], "not acknowledged", true, T.AddMinutes(5));

        incident.ChangeSeverity("alice", TestRunbooks.Severity("P2"), T.AddMinutes(20));

        Assert.Equal(new ScheduledReminder(incident.Id, ReminderKind.Escalation, T.AddMinutes(80), 2), Due(incident, ReminderKind.Escalation));
    }

    [Fact]
    public void An_acknowledged_incident_does_not_escalate_after_a_severity_change()
    {
        var incident = Declare("P2");
        incident.Acknowledge("bob", T.AddMinutes(1));

        incident.ChangeSeverity("alice", TestRunbooks.Severity("P0"), T.AddMinutes(20));

        Assert.Null(Due(incident, ReminderKind.Escalation));
        Assert.Equal(T.AddMinutes(35), Due(incident, ReminderKind.StatusUpdate)!.DueAt);
    }

    [Fact]
    public void Lowering_to_a_shorter_chain_never_leaves_a_tier_beyond_its_end()
    {
        var incident = Declare("P1");
        var p1 = TestRunbooks.Severity("P1");
        incident.Escalate("ChatOps", 1, p1.Escalation[0], "x", true, T.AddMinutes(15));
        incident.Escalate("ChatOps", 2, p1.Escalation[1], "x", true, T.AddMinutes(30));

        incident.ChangeSeverity("alice", TestRunbooks.Severity("P3"), T.AddMinutes(40));

        Assert.Equal(1, incident.EscalationTier);
        Assert.Null(Due(incident, ReminderKind.Escalation));
    }

    [Fact]
    public void After_resolve_only_the_post_mortem_is_due_48_hours_later()
    {
        var incident = Declare("P0");

        incident.Resolve("alice", "Fixed", T.AddMinutes(50));

        Assert.Equal([new ScheduledReminder(incident.Id, ReminderKind.PostMortemDue, T.AddMinutes(50).AddHours(48))], Plan(incident));
    }

    [Fact]
    public void Once_the_post_mortem_reminder_is_sent_nothing_more_is_due()
    {
        var incident = Declare("P0");
        incident.Resolve("alice", "Fixed", T.AddMinutes(50));

        incident.RecordPostMortemReminder(T.AddHours(49));

        Assert.Empty(Plan(incident));
    }

    [Fact]
    public void After_close_only_the_post_mortem_review_is_due()
    {
        var incident = Declare("P0");
        incident.Resolve("alice", "Fixed", T.AddMinutes(50));

        incident.Close("alice", T.AddMinutes(55));

        Assert.Equal([new ScheduledReminder(incident.Id, ReminderKind.PostMortemDue, T.AddMinutes(50).AddHours(48))], Plan(incident));
    }
}
