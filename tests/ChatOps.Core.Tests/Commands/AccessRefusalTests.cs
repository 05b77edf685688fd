using ChatOps.Core.Audit;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>Refusals come before any change: the incident, its reminders, the channel and the card stay as they were.</summary>
public class AccessRefusalTests
{
    private readonly IncidentHarness _h = new();

    private sealed record Snapshot(int Timeline, int Saves, int Posts, int Updates, int Invites, int Uploads, string Schedule, string Status);

    private Snapshot Take(Core.Incidents.Incident incident) => new(
        incident.Timeline.Count, _h.Store.Saves, _h.Chat.Posts.Count, _h.Chat.Updates.Count, _h.Chat.Invites.Count, _h.Chat.Uploads.Count,
        string.Join(';', _h.ScheduleOf(incident)), $"{incident.Status} {incident.SeverityKey} {incident.AcknowledgedAt} {incident.EscalationTier} {incident.Comms}");

    [Theory]
    [InlineData("/incident ack", "acknowledge")]
    [InlineData("/incident update identified Found it", "post status updates to")]
    [InlineData("/incident sev P2", "change the severity of")]
    [InlineData("/incident role comms mallory", "assign roles in")]
    [InlineData("/incident triage", "triage")]
    [InlineData("/incident escalate", "escalate")]
    [InlineData("/incident note I was here", "add notes to")]
    [InlineData("/incident resolve Fixed", "resolve")]
    [InlineData("/incident close", "close")]
    [InlineData("/incident notified Emailed", "stop the deadline clocks of")]
    public async Task An_outsiders_command_is_refused_and_changes_nothing(string command, string verb)
    {
        var incident = await _h.DeclareAsync("P1");
        var before = Take(incident);

        var reply = await _h.RunInAsync(incident, IncidentHarness.Outsider, command);

        Assert.True(reply.IsError);
        Assert.StartsWith($"Only INC-2026-001's participants or admins (@security-lead, @head-of-engineering) may {verb} INC-2026-001;", reply.Text);
        Assert.Equal(before, Take(incident));
        Assert.DoesNotContain(IncidentHarness.Outsider, incident.Participants);
        var entry = _h.Audit.Saved[^1];
        Assert.Equal((AuditOutcome.Denied, "mallory", "INC-2026-001", reply.Text), (entry.Outcome, entry.Actor, entry.IncidentNumber, entry.Message));
    }

    [Theory]
    [InlineData(Acknowledge.ActionId, "INC-2026-001")]
    [InlineData(Escalate.ActionId, "INC-2026-001")]
    [InlineData(Resolve.ActionId, "INC-2026-001")]
    [InlineData(StartTriage.ActionId, "INC-2026-001")]
    [InlineData(PostUpdate.ActionId, "INC-2026-001")]
    [InlineData(AnswerTriage.ActionId, "INC-2026-001|api-health|failing")]
    public async Task An_outsiders_button_press_is_refused_and_changes_nothing(string actionId, string value)
    {
        var incident = await _h.DeclareAsync("P1");
        var before = Take(incident);

        var reply = await _h.Service.PressAsync(new CommandContext(IncidentHarness.Outsider, "general"), actionId, value);

        Assert.True(reply.IsError);
        Assert.Null(reply.Form);
        Assert.StartsWith("Only INC-2026-001's participants", reply.Text);
        Assert.Equal(before, Take(incident));
        Assert.Equal(AuditOutcome.Denied, _h.Audit.Saved[^1].Outcome);
        Assert.Equal($"[button] {actionId} {value}", _h.Audit.Saved[^1].Command);
    }

    [Fact]
    public async Task An_outsiders_update_form_is_refused_and_changes_nothing()
    {
        var incident = await _h.DeclareAsync("P1");
        var before = Take(incident);

        var outcome = await _h.Service.SubmitAsync(new CommandContext(IncidentHarness.Outsider, "general"), PostUpdate.FormId,
            new Dictionary<string, string> { [IncidentForms.Status] = "identified", [IncidentForms.Message] = "All fine" }, incident.Number);

        Assert.True(outcome.Reply!.IsError);
        Assert.Equal(before, Take(incident));
        Assert.Equal((AuditOutcome.Denied, "[form] form.update status=identified"), (_h.Audit.Saved[^1].Outcome, _h.Audit.Saved[^1].Command));
    }

    [Fact]
    public async Task An_admin_who_is_not_a_participant_may_act()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await _h.RunInAsync(incident, "security-lead", "/incident resolve Contained");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(Core.Incidents.IncidentStatus.Resolved, incident.Status);
        Assert.Equal(AuditOutcome.Allowed, _h.Audit.Saved[^1].Outcome);
    }

    [Fact]
    public async Task A_stricter_runbook_refuses_a_participant_and_names_the_commander()
    {
        var h = new IncidentHarness(TestRunbooks.WithAccess("access:\n  admins: [security-lead]\n  resolve: [commander, admins]\n"));
        var incident = await h.DeclareAsync("P1");

        var refused = await h.RunInAsync(incident, "bob", "/incident resolve Fixed it");
        var allowed = await h.RunInAsync(incident, "alice", "/incident resolve Fixed it");

        Assert.Equal("Only the commander (@alice) or admins (@security-lead) may resolve INC-2026-001; ask the commander, @alice, or an admin to do it.", refused.Text);
        Assert.False(allowed.IsError, allowed.Text);
        Assert.Equal("alice", incident.Timeline.Single(t => t.Kind == "resolved").Actor);
    }

    [Fact]
    public async Task A_runbook_that_limits_declaring_to_admins_opens_no_form_for_others()
    {
        var h = new IncidentHarness(TestRunbooks.WithAccess("access:\n  admins: [security-lead]\n  declare: admins\n"));

        var form = await h.RunAsync("bob", "general", "/incident declare");
        var typed = await h.RunAsync("bob", "general", "/incident declare P1 Checkout is down");
        var submitted = await h.Service.SubmitAsync(new CommandContext("bob", "general"), Declare.FormId,
            new Dictionary<string, string> { [IncidentForms.Title] = "Checkout is down", [IncidentForms.Severity] = "P1" });

        Assert.Null(form.Form);
        Assert.All([form, typed, submitted.Reply!], r => Assert.Equal("Only admins (@security-lead) may declare incidents; ask an admin to do it.", r.Text));
        Assert.Empty(h.Chat.Channels);
        Assert.Empty(h.Store.Incidents);
    }
}
