using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Alerts;

/// <summary>Suggestions: one card per notification that a <c>declare: suggest</c> rule takes, and its Declare and Dismiss.</summary>
internal sealed partial class AlertIntake
{
    /// <summary>Someone pressed Declare on a suggestion: declared as them, started and detected when the alerts said.</summary>
    public static async Task<CommandReply> DeclareSuggestedAsync(EngineCall call, long id, CancellationToken ct)
    {
        var suggestion = await FindAsync(call, id, ct);
        suggestion.RequirePending();
        var intake = new AlertIntake(call, []);
        var severity = call.RequireSeverity(suggestion.SeverityKey);
        var kind = suggestion.Kind is { } key ? call.Runbook.FindKind(key) : null;
        var first = suggestion.Alerts[0];
        var (started, detected) = intake.Times([suggestion.ReceivedAt], suggestion.Alerts.Select(a => a.StartsAt).Append(suggestion.StartedAt));
        var incident = await intake.OpenAsync(
            new Declaration(severity, suggestion.Title, Details(first, suggestion.Services, kind), kind, started, detected, call.Actor), suggestion.Source, suggestion.Keys, ct);
        foreach (var alert in suggestion.Alerts.Where(a => a.Firing)) await intake.AttachAsync(incident, alert, "firing", ct);
        suggestion.Declared(incident.Number, call.Actor, call.Now);
        await intake.SaveAndShowAsync(suggestion, ct);
        await intake.FlushAsync(ct);
        return new CommandReply($"Declared {incident.Number} ({incident.SeverityKey}) in #{incident.ChannelName}.", Channel: incident.ChannelId);
    }

    /// <summary>Someone pressed Dismiss: the card says so, and the same alerts are not suggested again for a while.</summary>
    public static async Task<CommandReply> DismissAsync(EngineCall call, long id, CancellationToken ct)
    {
        var suggestion = await FindAsync(call, id, ct);
        suggestion.Dismiss(call.Actor, call.Now);
        await new AlertIntake(call, []).SaveAndShowAsync(suggestion, ct);
        return new CommandReply($"Dismissed. These alerts are not suggested again for {Time.DurationText.Format(call.Runbook.Alerts.RegroupWithin)}.");
    }

    private async Task SuggestAsync(AlertRule rule, Alert alert, ReceiveAlertsCommand command, CancellationToken ct)
    {
        var earlier = await _call.Alerts.SuggestionsAsync(AlertKeys.Of(alert), ct);
        if (earlier.FirstOrDefault(s => s.IsPending || s.DismissedWithin(Policy.RegroupWithin, Now)) is { } covered)
        {
            if (covered.IsPending) _outcomes.Add($"{AlertCards.Describe(alert)}: already suggested ({covered.Id})");
            else _outcomes.Add($"{AlertCards.Describe(alert)}: dismissed by {covered.DecidedBy}");
            return;
        }
        var severity = _call.RequireSeverity(rule.Severity);
        var kind = rule.Kind is { } key ? _call.Runbook.FindKind(key) ?? throw new IncidentRuleException(_call.Runbook.UnknownKind(key)) : null;
        // One card for the notification: its other firing alerts that belong to no incident come along.
        var alerts = new List<Alert> { alert };
        foreach (var other in command.Alerts.Where(a => !ReferenceEquals(a, alert) && a.Firing && !a.Acknowledged))
            if (await IncidentOfAsync(other, firing: true, ct) is null) alerts.Add(other);
        var suggestion = AlertSuggestion.Suggest(rule, severity, kind, alerts, command.ReceivedAt, _call.Runbook.Channels.Announce, Now);
        await _call.Alerts.SaveSuggestionAsync(suggestion, ct);
        var card = AlertCards.Suggestion(suggestion, _call.Runbook);
        suggestion.AttachCard(await _call.Chat.PostAsync(suggestion.ChannelId, new ChatMessage(card.Title, card), ct));
        await _call.Alerts.SaveSuggestionAsync(suggestion, ct);
        _outcomes.Add($"suggested {suggestion.SeverityKey} ({rule.Name}) as suggestion {suggestion.Id}");
    }

    private async Task SaveAndShowAsync(AlertSuggestion suggestion, CancellationToken ct)
    {
        await _call.Alerts.SaveSuggestionAsync(suggestion, ct);
        if (suggestion.MessageId is not { } message) return;
        var card = AlertCards.Suggestion(suggestion, _call.Runbook);
        await _call.Chat.UpdateAsync(suggestion.ChannelId, message, new ChatMessage(card.Title, card), ct);
    }

    private static async Task<AlertSuggestion> FindAsync(EngineCall call, long id, CancellationToken ct) =>
        await call.Alerts.FindSuggestionAsync(id, ct)
        ?? throw new IncidentRuleException($"There is no suggested incident {id}; it may come from another installation of the bot.");
}
