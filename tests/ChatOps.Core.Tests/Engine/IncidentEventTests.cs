using ChatOps.Core.Engine;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Engine;

/// <summary>What the engine tells of an incident's life, one event per thing that happened, with who, where and what.</summary>
public class IncidentEventTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task An_incident_life_is_told_event_by_event()
    {
        var incident = await _h.DeclareAsync("P1", "Checkout is down");
        _h.Clock.Advance(TimeSpan.FromMinutes(31));
        await _h.FireDueAsync();
        await _h.RunInAsync(incident, "bob", "/incident ack");
        await _h.RunInAsync(incident, "alice", "/incident update identified Bad deploy");
        await _h.RunInAsync(incident, "alice", "/incident sev P2");
        await _h.RunInAsync(incident, "alice", "/incident escalate need the db team");
        await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back");
        await _h.RunInAsync(incident, "alice", "/incident close");

        // At P1 the first escalation tier, the first update reminder, the reminder to tell P1's audiences (15m) and the
        // 30-minute outage trigger all fall due within 31 minutes.
        Assert.Equal(
            [IncidentEvent.Declared, IncidentEvent.ReminderFired, IncidentEvent.Escalated, IncidentEvent.ReminderFired, IncidentEvent.ReminderFired,
             IncidentEvent.ReminderFired, IncidentEvent.Acknowledged,
             IncidentEvent.Updated, IncidentEvent.SeverityChanged, IncidentEvent.Escalated, IncidentEvent.Resolved, IncidentEvent.Closed],
            _h.Events.Told.Select(e => e.Name));
        Assert.All(_h.Events.Told, e => Assert.Equal(incident.Number, e.Incident));
        var declared = _h.Events.Told[0];
        Assert.Equal(("alice", "P1", "Checkout is down"), (declared.Actor, declared.Severity, declared.Detail));
        var automatic = _h.Events.Told.First(e => e.Name == IncidentEvent.Escalated);
        Assert.Equal(IncidentEngine.BotName, automatic.Actor);
        Assert.Contains("automatic", automatic.Detail);
        Assert.Equal("P1 -> P2", _h.Events.Told.Single(e => e.Name == IncidentEvent.SeverityChanged).Detail);
    }

    [Fact]
    public async Task A_refused_command_is_told_with_its_reason_and_nothing_else_is()
    {
        var incident = await _h.DeclareAsync("P1");
        _h.Events.Told.Clear();

        await _h.RunInAsync(incident, IncidentHarness.Outsider, "/incident resolve mine now");

        var refused = Assert.Single(_h.Events.Told);
        Assert.Equal((IncidentEvent.Refused, incident.Number, IncidentHarness.Outsider), (refused.Name, refused.Incident, refused.Actor));
        Assert.Contains("resolve", refused.Detail);
    }
}
