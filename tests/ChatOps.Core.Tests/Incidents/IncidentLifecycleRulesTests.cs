using ChatOps.Core.Incidents;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Incidents;

public class IncidentLifecycleRulesTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private static Incident Declare(string severity = "P1", string declarer = "alice", string commander = "alice", DeclareDetails? details = null) =>
        Incident.Declare(2026, 7, "  Checkout is down  ", TestRunbooks.Severity(severity), declarer, commander,
            details ?? DeclareDetails.None, "C1", "inc-2026-007-checkout-is-down", T);

    [Fact]
    public void Declaring_numbers_the_incident_by_year_and_three_digit_sequence_and_makes_it_investigating()
    {
        var incident = Declare();

        Assert.Equal("INC-2026-007", incident.Number);
        Assert.Equal("Checkout is down", incident.Title);
        Assert.Equal(IncidentStatus.Investigating, incident.Status);
        Assert.Equal("alice", incident.Commander);
        Assert.Equal(T, incident.DeclaredAt);
        Assert.True(incident.IsActive);
        var entry = Assert.Single(incident.Timeline);
        Assert.Equal(new TimelineEntry(T, "alice", "declared", "Declared P1 (High): Checkout is down"), entry);
    }

    [Fact]
    public void Sequence_numbers_above_999_keep_every_digit()
    {
        Assert.Equal("INC-2026-001", Incident.FormatNumber(2026, 1));
        Assert.Equal("INC-2026-1234", Incident.FormatNumber(2026, 1234));
    }

    [Fact]
    public void Declaring_with_another_commander_records_the_role_on_the_timeline()
    {
        var incident = Declare(declarer: "alice", commander: "ic-bot");

        Assert.Equal("ic-bot", incident.Commander);
        Assert.Equal(["alice", "ic-bot"], incident.Participants);
        Assert.Equal("ic-bot is commander", incident.Timeline[1].Text);
    }

    [Fact]
    public void Acknowledging_twice_is_refused_and_changes_nothing()
    {
        var incident = Declare();
        incident.Acknowledge("bob", T.AddMinutes(2));

        var error = Assert.Throws<IncidentRuleException>(() => incident.Acknowledge("carol", T.AddMinutes(3)));

        Assert.Contains("already acknowledged by bob", error.Message);
        Assert.Equal("bob", incident.AcknowledgedBy);
        Assert.Equal(T.AddMinutes(2), incident.AcknowledgedAt);
        Assert.Equal(2, incident.Timeline.Count);
        Assert.DoesNotContain("carol", incident.Participants);
    }

    [Fact]
    public void Resolving_twice_is_refused()
    {
        var incident = Declare();
        incident.Resolve("alice", "Rolled back", T.AddMinutes(30));

        var error = Assert.Throws<IncidentRuleException>(() => incident.Resolve("alice", "again", T.AddMinutes(31)));

        Assert.Contains("already resolved", error.Message);
        Assert.Equal(T.AddMinutes(30), incident.ResolvedAt);
        Assert.Equal("Rolled back", incident.Summary);
    }

    [Fact]
    public void Closing_before_resolving_is_refused_and_names_the_resolve_command()
    {
        var incident = Declare();

        var error = Assert.Throws<IncidentRuleException>(() => incident.Close("alice", T.AddMinutes(5)));

        Assert.Contains("/incident resolve", error.Message);
        Assert.Equal(IncidentStatus.Investigating, incident.Status);
        Assert.Null(incident.ClosedAt);
    }

    [Fact]
    public void Updates_after_resolve_or_close_are_refused()
    {
        var incident = Declare();
        incident.Resolve("alice", "", T.AddMinutes(30));

        Assert.Throws<IncidentRuleException>(() => incident.PostUpdate("alice", IncidentStatus.Monitoring, "still fine", T.AddMinutes(31)));
        incident.Close("alice", T.AddMinutes(40));
        Assert.Throws<IncidentRuleException>(() => incident.PostUpdate("alice", IncidentStatus.Monitoring, "still fine", T.AddMinutes(41)));
        Assert.Throws<IncidentRuleException>(() => incident.Close("alice", T.AddMinutes(42)));
        Assert.Throws<IncidentRuleException>(() => incident.AddNote("alice", "late note", T.AddMinutes(43)));
        Assert.Equal(IncidentStatus.Closed, incident.Status);
    }

    [Fact]
    public void An_update_cannot_set_resolved_and_needs_a_message()
    {
        var incident = Declare();

        Assert.Throws<IncidentRuleException>(() => incident.PostUpdate("alice", IncidentStatus.Resolved, "done", T));
        Assert.Throws<IncidentRuleException>(() => incident.PostUpdate("alice", IncidentStatus.Identified, "  ", T));
        Assert.Single(incident.Timeline);
    }

    [Fact]
    public void Monitoring_marks_the_incident_mitigated_once()
    {
        var incident = Declare();

        incident.PostUpdate("bob", IncidentStatus.Monitoring, "Fix deployed", T.AddMinutes(10));
        incident.PostUpdate("bob", IncidentStatus.Monitoring, "Still watching", T.AddMinutes(20));

        Assert.Equal(T.AddMinutes(10), incident.MitigatedAt);
        Assert.Equal(T.AddMinutes(20), incident.LastUpdateAt);
        Assert.Equal("[monitoring] Fix deployed", incident.Timeline.First(t => t.Kind == "update").Text);
    }

    [Fact]
    public void Changing_to_the_same_severity_is_refused()
    {
        var incident = Declare("P1");

        Assert.Throws<IncidentRuleException>(() => incident.ChangeSeverity("alice", TestRunbooks.Severity("P1"), T.AddMinutes(1)));
        Assert.Equal(T, incident.SeverityChangedAt);
    }

    [Fact]
    public void Changing_severity_restarts_its_clock_and_is_on_the_timeline()
    {
        var incident = Declare("P1");

        incident.ChangeSeverity("bob", TestRunbooks.Severity("P0"), T.AddMinutes(4));

        Assert.Equal("P0", incident.SeverityKey);
        Assert.Equal(T.AddMinutes(4), incident.SeverityChangedAt);
        Assert.Equal(new TimelineEntry(T.AddMinutes(4), "bob", "severity", "Severity changed from P1 to P0 (Critical)"), incident.Timeline[^1]);
    }

    [Fact]
    public void Assigning_a_role_strips_the_at_sign_and_refuses_the_same_person_twice()
    {
        var incident = Declare();

        incident.AssignRole("alice", IncidentRole.Comms, "@dave", T.AddMinutes(1));

        Assert.Equal("dave", incident.Comms);
        Assert.Contains("dave", incident.Participants);
        Assert.Throws<IncidentRuleException>(() => incident.AssignRole("alice", IncidentRole.Comms, "dave", T.AddMinutes(2)));
        Assert.Throws<IncidentRuleException>(() => incident.AssignRole("alice", IncidentRole.Scribe, " @ ", T.AddMinutes(2)));
        Assert.Equal(2, incident.Timeline.Count);
    }

    [Fact]
    public void Escalating_a_resolved_incident_is_refused()
    {
        var incident = Declare("P1");
        incident.Resolve("alice", "", T.AddMinutes(5));
        var tier = TestRunbooks.Severity("P1").Escalation[0];

        Assert.Throws<IncidentRuleException>(() => incident.Escalate("alice", 1, tier, "why not", false, T.AddMinutes(6)));
        Assert.Equal(0, incident.EscalationTier);
        Assert.Empty(incident.Escalations);
    }

    [Fact]
    public void Every_step_is_on_the_timeline_with_its_actor_and_time_in_order()
    {
        var incident = Declare("P1");

        incident.Acknowledge("bob", T.AddMinutes(1));
        incident.AddNote("carol", "Error rate 40%", T.AddMinutes(2));
        incident.AssignRole("alice", IncidentRole.Scribe, "carol", T.AddMinutes(3));
        incident.PostUpdate("bob", IncidentStatus.Identified, "Bad deploy", T.AddMinutes(4));
        incident.Resolve("bob", "Rolled back", T.AddMinutes(5));
        incident.Close("alice", T.AddMinutes(6));

        Assert.Equal(
            [
                ("alice", "declared", 0), ("bob", "acknowledged", 1), ("carol", "note", 2), ("alice", "role", 3),
                ("bob", "update", 4), ("bob", "resolved", 5), ("alice", "closed", 6),
            ],
            incident.Timeline.Select(t => (t.Actor, t.Kind, (int)(t.At - T).TotalMinutes)));
        Assert.All(incident.Timeline, t => Assert.Equal(TimeSpan.Zero, t.At.Offset));
    }
}
