using ChatOps.Core.Engine;
using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>
/// Who is plainly working an incident has acknowledged it; raising the severity pages again; escalation reasons say
/// what actually happened; an overdue clock is called overdue.
/// </summary>
public class EngagementAndSeverityTests
{
    private readonly IncidentHarness _h = new();

    [Theory]
    [InlineData("/incident update investigating Looking at the API logs", "posting an update")]
    [InlineData("/incident role comms alice", "taking the comms role")]
    public async Task Working_the_incident_acknowledges_it_and_automatic_escalation_stops(string command, string how)
    {
        var incident = await _h.DeclareAsync("P1");
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        var reply = await _h.RunInAsync(incident, "alice", command);

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal("alice", incident.AcknowledgedBy);
        Assert.Contains(incident.Timeline, t => t.Kind == "acknowledged" && t.Text.Contains(how, StringComparison.Ordinal));
        Assert.Null(_h.Scheduled(incident, ReminderKind.Escalation));
        _h.Clock.Advance(TimeSpan.FromHours(2));
        await _h.FireDueAsync();
        Assert.Empty(incident.Escalations);
    }

    [Fact]
    public async Task A_triage_answer_acknowledges()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "bob", "/incident triage");

        await _h.Service.PressAsync(new Core.Commands.CommandContext("bob", incident.ChannelId), Core.Commands.AnswerTriage.ActionId, $"{incident.Number}|api-health|ok");

        Assert.Equal("bob", incident.AcknowledgedBy);
        Assert.Contains(incident.Timeline, t => t.Kind == "acknowledged" && t.Text.Contains("answering triage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Giving_someone_else_a_role_does_not_acknowledge()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident role comms carol");
        Assert.Null(incident.AcknowledgedAt);
    }

    [Fact]
    public async Task Raising_the_severity_after_an_acknowledgement_is_a_new_page_that_escalates_up_the_new_chain()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "bob", "/incident ack");

        var reply = await _h.RunInAsync(incident, "alice", "/incident sev P0 checkout down for every customer");

        Assert.False(reply.IsError, reply.Text);
        Assert.Contains("pages again", reply.Text);
        Assert.Null(incident.AcknowledgedAt);
        Assert.Contains(incident.Timeline, t => t.Kind == "severity" && t.Text.EndsWith(": checkout down for every customer", StringComparison.Ordinal));
        var escalation = _h.Scheduled(incident, ReminderKind.Escalation);
        Assert.NotNull(escalation);
        Assert.Equal(_h.Clock.GetUtcNow() + TimeSpan.FromMinutes(5), escalation.DueAt);

        _h.Clock.Advance(TimeSpan.FromMinutes(6));
        await _h.FireDueAsync();

        var fired = Assert.Single(incident.Escalations);
        Assert.Equal((1, "Critical escalation"), (fired.Tier, fired.TierName));
        Assert.Contains("cto", fired.People);
        Assert.Equal("not acknowledged within 5m of the change to P0", fired.Reason);
    }

    [Fact]
    public async Task Lowering_the_severity_keeps_the_acknowledgement()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "bob", "/incident ack");
        await _h.RunInAsync(incident, "alice", "/incident sev P2 only a few admin pages");
        Assert.Equal("bob", incident.AcknowledgedBy);
    }

    [Fact]
    public async Task An_escalation_after_a_severity_change_counts_from_the_change_not_from_an_old_tier()
    {
        var incident = await _h.DeclareAsync("P1");
        _h.Clock.Advance(TimeSpan.FromMinutes(16));
        await _h.FireDueAsync();
        Assert.Equal(1, incident.EscalationTier);
        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        await _h.RunInAsync(incident, "alice", "/incident sev P2");
        _h.Clock.Advance(TimeSpan.FromDays(2));
        await _h.FireDueAsync();

        Assert.All(incident.Escalations.Skip(1), e => Assert.DoesNotContain("after tier 1", e.Reason));
    }

    [Fact]
    public async Task An_overdue_deadline_clock_is_called_overdue_with_by_how_much()
    {
        var incident = await _h.DeclareDataLeakAsync();
        await _h.RunInAsync(incident, "alice", "/incident resolve contained");
        _h.Clock.Advance(TimeSpan.FromHours(75));

        var reply = await _h.RunInAsync(incident, "alice", "/incident close");

        Assert.True(reply.IsError);
        Assert.Contains("is OVERDUE by 3h", reply.Text);
        Assert.DoesNotContain("still running", reply.Text);
    }
}
