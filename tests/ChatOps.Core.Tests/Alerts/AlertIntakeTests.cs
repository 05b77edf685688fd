using ChatOps.Core.Alerts;
using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Alerts;

/// <summary>
/// What alerts do with the shipped runbook's rules (critical declares P0 at once, warning suggests P2): declare and
/// attach the rest of the group, suggest once, attach later notifications and re-fires, note resolutions, acknowledge
/// ours from PagerDuty, and leave alone what no rule takes.
/// </summary>
public class AlertIntakeTests
{
    private const string Group = "{}:{alertname=\"HighErrorRate\"}";
    private static readonly DateTimeOffset Began = IncidentHarness.Start.AddMinutes(-7);

    private readonly IncidentHarness _h = new();

    private static Alert Alert(string severity, string fingerprint, bool firing = true, string source = "alertmanager", string group = Group, DateTimeOffset? startsAt = null) =>
        new(source, firing, "HighErrorRate", "5% of checkout requests fail",
            new Dictionary<string, string> { ["severity"] = severity, ["service"] = "Checkout" },
            new Dictionary<string, string> { ["description"] = "Error rate above 5% for 5 minutes" },
            fingerprint, group, startsAt ?? Began, "http://prometheus:9090/graph");

    private Task<CommandReply> ReceiveAsync(params Alert[] alerts) => ReceiveAsync(_h.Clock.GetUtcNow(), alerts);

    private Task<CommandReply> ReceiveAsync(DateTimeOffset receivedAt, params Alert[] alerts) =>
        _h.Service.ExecuteAsync(new CommandContext(alerts[0].Source, "", "slack"), new ReceiveAlertsCommand(alerts[0].Source, alerts, receivedAt));

    private Task<CommandReply> PressAsync(string person, string actionId, long suggestion) =>
        _h.Service.PressAsync(new CommandContext(person, "incidents"), actionId, suggestion.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_critical_group_declares_one_incident_at_P0_and_its_other_alerts_attach()
    {
        var received = _h.Clock.GetUtcNow();
        _h.Clock.Advance(TimeSpan.FromSeconds(2)); // carried out a moment after it was received

        var reply = await ReceiveAsync(received, Alert("critical", "fp1"), Alert("critical", "fp2", startsAt: Began.AddMinutes(1)));

        Assert.False(reply.IsError, reply.Text);
        var incident = Assert.Single(_h.Store.Incidents);
        Assert.Equal(("P0", "HighErrorRate: 5% of checkout requests fail", "alertmanager"), (incident.SeverityKey, incident.Title, incident.DeclaredBy));
        Assert.Equal("Checkout", incident.AffectedServices);
        // The runbook makes the declarer commander; a monitoring tool cannot command, so P0's first invitee does.
        Assert.Equal("oncall-engineer", incident.Commander);
        Assert.DoesNotContain("alertmanager", _h.Chat.InvitedTo(incident.ChannelId));
        Assert.Equal((Began, received), (incident.StartedAt, incident.DetectedAt));
        Assert.Equal(2, incident.Timeline.Count(t => t.Kind == Incident.AlertEntry));
        var post = Assert.Single(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Text.StartsWith("Alert firing", StringComparison.Ordinal));
        Assert.Equal(2, post.Message.Text.Split('\n').Length);
        Assert.Contains("Alert firing: HighErrorRate: 5% of checkout requests fail (alertmanager)", post.Message.Text);
        Assert.Contains(_h.Chat.PostsIn("incidents"), p => p.Message.Text.StartsWith($"Alertmanager declared {incident.Number} (P0 Critical)", StringComparison.Ordinal));
        Assert.Equal(["alertmanager:alert:fp1", "alertmanager:alert:fp2", $"alertmanager:group:{Group}"], _h.Alerts.Links.Where(l => l.IncidentId == incident.Id).Select(l => l.Key).Order(StringComparer.Ordinal));
        Assert.Contains("declared INC-2026-001", reply.Text);
    }

    [Fact]
    public async Task A_later_notification_of_the_group_attaches_instead_of_declaring_again()
    {
        await ReceiveAsync(Alert("critical", "fp1"));
        _h.Clock.Advance(TimeSpan.FromMinutes(4));

        var reply = await ReceiveAsync(Alert("critical", "fp3"));

        var incident = Assert.Single(_h.Store.Incidents);
        Assert.Contains("attached to INC-2026-001", reply.Text);
        Assert.Equal(2, incident.Timeline.Count(t => t.Kind == Incident.AlertEntry));
        Assert.Equal(_h.Clock.GetUtcNow(), _h.Alerts.Links.Single(l => l.Key == "alertmanager:alert:fp3").LastSeenAt);
    }

    [Fact]
    public async Task A_resolved_alert_goes_on_the_timeline_and_suggests_monitoring()
    {
        await ReceiveAsync(Alert("critical", "fp1"));
        var incident = Assert.Single(_h.Store.Incidents);

        await ReceiveAsync(Alert("critical", "fp1", firing: false));

        Assert.Contains(incident.Timeline, t => t.Kind == Incident.AlertEntry && t.Text.StartsWith("Alert resolved: HighErrorRate", StringComparison.Ordinal));
        var post = _h.Chat.PostsIn(incident.ChannelId)[^1].Message.Text;
        Assert.StartsWith("Alert resolved: HighErrorRate: 5% of checkout requests fail (alertmanager)", post);
        Assert.Contains("move INC-2026-001 to monitoring: /incident update monitoring <what you see>", post);
        Assert.Equal(IncidentStatus.Investigating, incident.Status);
    }

    [Fact]
    public async Task A_warning_is_suggested_once_and_Declare_declares_as_the_person_who_pressed_it()
    {
        var received = _h.Clock.GetUtcNow();
        await ReceiveAsync(Alert("warning", "fp1"), Alert("warning", "fp2"));
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await ReceiveAsync(Alert("warning", "fp1"));

        Assert.Empty(_h.Store.Incidents);
        Assert.Contains("already suggested", again.Text);
        var card = Assert.Single(_h.Chat.PostsIn("incidents")).Message.Card!;
        Assert.Equal("Suggested P2 incident: HighErrorRate: 5% of checkout requests fail", card.Title);
        Assert.Equal([AnswerAlertSuggestion.DeclareActionId, AnswerAlertSuggestion.DismissActionId], card.Buttons.Select(b => b.ActionId));
        var suggestion = Assert.Single(_h.Alerts.Suggestions);
        Assert.Equal(2, suggestion.Alerts.Count);

        _h.Clock.Advance(TimeSpan.FromMinutes(3));
        var declared = await PressAsync("alice", AnswerAlertSuggestion.DeclareActionId, suggestion.Id);

        Assert.False(declared.IsError, declared.Text);
        var incident = Assert.Single(_h.Store.Incidents);
        Assert.Equal(("P2", "alice", "alice"), (incident.SeverityKey, incident.DeclaredBy, incident.Commander));
        Assert.Equal((Began, received), (incident.StartedAt, incident.DetectedAt));
        Assert.Equal(AlertSuggestionState.Declared, suggestion.State);
        var updated = _h.Chat.Updates.Last(u => u.MessageId == suggestion.MessageId).Message.Card!;
        Assert.StartsWith("Declared as INC-2026-001 by alice", updated.Context);
        Assert.Empty(updated.Buttons);

        // The group now belongs to the incident; pressing again says what became of it.
        Assert.Contains("attached to INC-2026-001", (await ReceiveAsync(Alert("warning", "fp1"))).Text);
        var twice = await PressAsync("bob", AnswerAlertSuggestion.DeclareActionId, suggestion.Id);
        Assert.True(twice.IsError);
        Assert.Contains("already declared as INC-2026-001 by alice", twice.Text);
        Assert.Single(_h.Store.Incidents);
    }

    [Fact]
    public async Task Dismissed_alerts_are_not_suggested_again_within_the_regroup_window()
    {
        await ReceiveAsync(Alert("warning", "fp1"));
        var suggestion = Assert.Single(_h.Alerts.Suggestions);

        var dismissed = await PressAsync("bob", AnswerAlertSuggestion.DismissActionId, suggestion.Id);

        Assert.False(dismissed.IsError, dismissed.Text);
        Assert.StartsWith("Dismissed by bob", _h.Chat.Updates.Single().Message.Card!.Context);
        _h.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Contains("dismissed by bob", (await ReceiveAsync(Alert("warning", "fp1"))).Text);
        Assert.Single(_h.Chat.PostsIn("incidents"));
        _h.Clock.Advance(TimeSpan.FromMinutes(2));
        await ReceiveAsync(Alert("warning", "fp1"));
        Assert.Equal(2, _h.Chat.PostsIn("incidents").Count);
        Assert.Empty(_h.Store.Incidents);
    }

    [Fact]
    public async Task Alerts_that_resolve_before_anyone_chooses_resolve_their_suggestion()
    {
        await ReceiveAsync(Alert("warning", "fp1"), Alert("warning", "fp2"));
        var suggestion = Assert.Single(_h.Alerts.Suggestions);

        await ReceiveAsync(Alert("warning", "fp1", firing: false));
        Assert.Equal(AlertSuggestionState.Pending, suggestion.State);
        await ReceiveAsync(Alert("warning", "fp2", firing: false));

        Assert.Equal(AlertSuggestionState.Resolved, suggestion.State);
        var card = _h.Chat.Updates[^1].Message.Card!;
        Assert.StartsWith("Resolved before anyone declared it", card.Title);
        Assert.Empty(card.Buttons);
        Assert.True((await PressAsync("alice", AnswerAlertSuggestion.DeclareActionId, suggestion.Id)).IsError);
        Assert.Empty(_h.Store.Incidents);
    }

    [Fact]
    public async Task A_critical_alert_in_a_suggested_group_declares_and_closes_the_suggestion()
    {
        var first = _h.Clock.GetUtcNow();
        await ReceiveAsync(Alert("warning", "fp1"));
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        await ReceiveAsync(Alert("critical", "fp2"));

        var incident = Assert.Single(_h.Store.Incidents);
        Assert.Equal("P0", incident.SeverityKey);
        Assert.Equal(first, incident.DetectedAt); // the group was first received with the warning
        var suggestion = Assert.Single(_h.Alerts.Suggestions);
        Assert.Equal((AlertSuggestionState.Declared, "INC-2026-001", "alertmanager"), (suggestion.State, suggestion.IncidentNumber, suggestion.DecidedBy));
    }

    [Fact]
    public async Task An_alert_no_rule_takes_changes_nothing_but_is_audited()
    {
        var reply = await ReceiveAsync(Alert("debug", "fp1"));

        Assert.Contains("no rule matches", reply.Text);
        Assert.Empty(_h.Store.Incidents);
        Assert.Empty(_h.Chat.Posts);
        Assert.Empty(_h.Alerts.Links);
        var entry = Assert.Single(_h.Audit.Saved);
        Assert.Equal(("alertmanager", "[alerts] alertmanager: 1 firing: HighErrorRate"), (entry.Actor, entry.Command));
    }

    [Fact]
    public async Task A_re_fire_attaches_to_the_resolved_incident_within_the_regroup_window_and_declares_anew_after_it()
    {
        await ReceiveAsync(Alert("critical", "fp1"));
        var incident = Assert.Single(_h.Store.Incidents);
        await _h.RunInAsync(incident, "oncall-engineer", "/incident resolve Restarted the pods");
        _h.Clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Contains("attached to INC-2026-001", (await ReceiveAsync(Alert("critical", "fp1"))).Text);
        Assert.Single(_h.Store.Incidents);

        _h.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Contains("declared INC-2026-002", (await ReceiveAsync(Alert("critical", "fp1"))).Text);
        Assert.Equal(2, _h.Store.Incidents.Count);
    }

    [Fact]
    public async Task A_start_later_than_the_detection_is_taken_as_the_detection()
    {
        await ReceiveAsync(Alert("critical", "fp1", startsAt: _h.Clock.GetUtcNow().AddMinutes(3)));

        var incident = Assert.Single(_h.Store.Incidents);
        Assert.Equal(incident.DetectedAt, incident.StartedAt);
    }

    private static Alert PagerDuty(bool acknowledged, string id, string title, string? incidentKey = null, bool firing = true) =>
        new("pagerduty", firing, title, title,
            incidentKey is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["incident_key"] = incidentKey },
            new Dictionary<string, string>(), id, $"pagerduty:{id}", Began)
        {
            Acknowledged = acknowledged,
            ActorName = "Dana Oncall",
        };

    [Theory]
    [InlineData("PABC123", "chatops-INC-2026-001-0", "Something else")]
    [InlineData("PABC123", null, "INC-2026-001 P0: HighErrorRate: 5% of checkout requests fail")]
    public async Task A_PagerDuty_acknowledgement_of_our_own_page_acknowledges_our_incident(string id, string? incidentKey, string title)
    {
        await ReceiveAsync(Alert("critical", "fp1"));
        var incident = Assert.Single(_h.Store.Incidents);

        await ReceiveAsync(PagerDuty(acknowledged: true, id, title, incidentKey));

        Assert.Equal("Dana Oncall (PagerDuty)", incident.AcknowledgedBy);
        Assert.Contains(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Text == "Dana Oncall (PagerDuty) acknowledged INC-2026-001. Automatic escalation stopped.");
        // Its later resolution is ours to note too.
        await ReceiveAsync(PagerDuty(acknowledged: false, id, "Something else", firing: false));
        Assert.Contains(incident.Timeline, t => t.Text.StartsWith("Alert resolved: Something else", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_PagerDuty_acknowledgement_acknowledges_the_incident_declared_from_its_trigger_and_ignores_others()
    {
        await ReceiveAsync(PagerDuty(acknowledged: false, "PFQZPSY", "Test Incident 3"));
        var suggestion = Assert.Single(_h.Alerts.Suggestions);
        await PressAsync("alice", AnswerAlertSuggestion.DeclareActionId, suggestion.Id);
        var incident = Assert.Single(_h.Store.Incidents);

        await ReceiveAsync(PagerDuty(acknowledged: true, "PQ1K5C8", "Someone else's incident"));
        Assert.Null(incident.AcknowledgedAt);

        await ReceiveAsync(PagerDuty(acknowledged: true, "PFQZPSY", "Test Incident 3"));
        Assert.Equal("Dana Oncall (PagerDuty)", incident.AcknowledgedBy);
        Assert.Single(_h.Chat.PostsIn("incidents"), p => p.Message.Card is not null);
    }

    [Fact]
    public async Task A_suggestion_of_a_private_kind_shows_none_of_the_alert_and_declares_a_private_incident()
    {
        var rule = new AlertRule("Leaks are suggested", AlertMatch.Everything, "P1", "data-leak", [], null, AlertRule.DefaultTitle, AlertDeclare.Suggest);
        var h = new IncidentHarness(TestRunbooks.Default with { Alerts = new AlertPolicy([rule], AlertPolicy.DefaultRegroupWithin) });
        var alert = Alert("critical", "fp1");
        await h.Service.ExecuteAsync(new CommandContext("alertmanager", ""), new ReceiveAlertsCommand("alertmanager", [alert], h.Clock.GetUtcNow()));

        var card = Assert.Single(h.Chat.PostsIn("incidents")).Message.Card!;
        Assert.Equal("Suggested private P1 incident", card.Title);
        var shown = string.Join('\n', card.Sections.Append(card.Context ?? "").Concat(card.Facts.Select(f => f.Value)));
        Assert.DoesNotContain("HighErrorRate", shown);
        Assert.DoesNotContain("checkout", shown, StringComparison.OrdinalIgnoreCase);

        await h.Service.PressAsync(new CommandContext("alice", "incidents"), AnswerAlertSuggestion.DeclareActionId, "1");

        var incident = Assert.Single(h.Store.Incidents);
        Assert.True(incident.Private);
        Assert.Equal("Declared as INC-2026-001", h.Chat.Updates.Last(u => u.ChannelId == "incidents").Message.Card!.Title);
        Assert.Single(h.Chat.PostsIn("incidents")); // never announced
    }
}
