using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Reminders;

/// <summary>The plan for deadline clocks, from the incident's stored clocks alone.</summary>
public class DeadlineClockPlanTests
{
    private static readonly DateTimeOffset T = IncidentHarness.Start;

    private static Incident DeclareDataLeak(string severity = "P1") =>
        Incident.Declare(2026, 1, "Tenant B rows visible to tenant A", TestRunbooks.Severity(severity), "alice", "alice",
            DeclareDetails.None, "C1", "inc", T, TestRunbooks.Default.FindKind("data-leak"));

    private static List<(ReminderKind Kind, DateTimeOffset DueAt)> Deadlines(Incident incident) =>
        ReminderPlanner.Plan(incident, TestRunbooks.Default)
            .Where(r => r.Kind is ReminderKind.DeadlineReminder or ReminderKind.DeadlineOverdue)
            .Select(r => (r.Kind, r.DueAt))
            .ToList();

    [Fact]
    public void Declaring_a_data_leak_starts_the_72_hour_clock_with_its_first_reminder_at_24_hours()
    {
        var incident = DeclareDataLeak();

        var clock = Assert.Single(incident.Deadlines);
        Assert.Equal(("notification", T, T.AddHours(72)), (clock.Key, clock.StartedAt, clock.DueAt));
        Assert.Equal([(ReminderKind.DeadlineReminder, T.AddHours(24)), (ReminderKind.DeadlineOverdue, T.AddHours(72))], Deadlines(incident));
        Assert.All(ReminderPlanner.Deadlines(incident), r => Assert.Equal("notification", r.Clock));
    }

    [Fact]
    public void Each_reminder_sent_moves_the_plan_to_the_next_offset_and_the_last_leaves_only_the_deadline()
    {
        var incident = DeclareDataLeak();

        incident.RecordDeadlineReminder("notification", T.AddHours(24));
        Assert.Equal(T.AddHours(48), Deadlines(incident)[0].DueAt);
        incident.RecordDeadlineReminder("notification", T.AddHours(48));
        Assert.Equal(T.AddHours(66), Deadlines(incident)[0].DueAt);
        incident.RecordDeadlineReminder("notification", T.AddHours(66));

        Assert.Equal([(ReminderKind.DeadlineOverdue, T.AddHours(72))], Deadlines(incident));
    }

    [Fact]
    public void Reminders_missed_while_down_are_covered_by_one_reminder_for_the_latest_offset()
    {
        var incident = DeclareDataLeak();

        var clock = incident.RecordDeadlineReminder("notification", T.AddHours(50));

        Assert.Equal(TimeSpan.FromHours(48), clock.RemindedThrough);
        Assert.Equal(T.AddHours(66), Deadlines(incident)[0].DueAt);
    }

    [Fact]
    public void The_overdue_notice_is_planned_once_and_nothing_follows_it()
    {
        var incident = DeclareDataLeak();

        incident.RecordDeadlineOverdue("notification", T.AddHours(72));

        Assert.Empty(Deadlines(incident));
        Assert.True(incident.Deadlines[0].IsRunning);
    }

    [Fact]
    public void Recording_who_was_notified_stops_the_clock_and_its_plan()
    {
        var incident = DeclareDataLeak();

        incident.StopDeadline("bob", "notification", "Emailed all tenants and the DPA", T.AddHours(30));

        Assert.Empty(Deadlines(incident));
        Assert.Equal(("bob", "Emailed all tenants and the DPA", T.AddHours(30)), (incident.Deadlines[0].StoppedBy, incident.Deadlines[0].Notified, incident.Deadlines[0].StoppedAt));
        Assert.Equal("notified", incident.Timeline[^1].Kind);
        Assert.Equal("Regulator and customer notification: Emailed all tenants and the DPA (42h before the deadline)", incident.Timeline[^1].Text);
    }

    [Fact]
    public void Severity_changes_acknowledgement_and_resolution_neither_move_nor_stop_the_clock()
    {
        var incident = DeclareDataLeak("P2");
        var before = Deadlines(incident);

        incident.ChangeSeverity("alice", TestRunbooks.Severity("P0"), T.AddHours(1));
        incident.Acknowledge("bob", T.AddHours(2));
        incident.Resolve("alice", "RLS policy restored", T.AddHours(3));

        Assert.Equal(before, Deadlines(incident));
        Assert.Contains(ReminderPlanner.Plan(incident, TestRunbooks.Default), r => r.Kind == ReminderKind.PostMortemDue);
    }

    [Fact]
    public void A_clock_keeps_the_deadline_it_started_with_when_the_runbook_changes_later()
    {
        var incident = DeclareDataLeak();
        var edited = TestRunbooks.WithAccess("access:\n  declare: anyone\n") with { Kinds = [] };

        Assert.Equal(T.AddHours(72), ReminderPlanner.Plan(incident, edited).Single(r => r.Kind == ReminderKind.DeadlineOverdue).DueAt);
    }

    [Fact]
    public void An_incident_of_no_kind_has_no_clocks()
    {
        var incident = Incident.Declare(2026, 1, "x", TestRunbooks.Severity("P1"), "alice", "alice", DeclareDetails.None, "C1", "inc", T);

        Assert.Empty(incident.Deadlines);
        Assert.Empty(Deadlines(incident));
        Assert.Null(incident.Kind);
    }
}
