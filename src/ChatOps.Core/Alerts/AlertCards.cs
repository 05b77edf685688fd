using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.Alerts;

/// <summary>The texts alerts post, and the card of a suggested incident in each of its states.</summary>
public static class AlertCards
{
    /// <summary>Alerts listed on a suggestion card; the rest are counted.</summary>
    public const int MaxListed = 10;

    /// <summary>"High CPU Temperature: High CPU core temperature", or just one of them when the other is empty or the same.</summary>
    public static string Describe(Alert alert) =>
        alert.Name.Length == 0 ? Or(alert.Summary, "an alert")
        : alert.Summary.Length == 0 || alert.Summary == alert.Name ? alert.Name
        : $"{alert.Name}: {alert.Summary}";

    /// <summary>"Alert firing: High CPU Temperature: High CPU core temperature (alertmanager)".</summary>
    public static string Line(string what, Alert alert) => $"Alert {what}: {Describe(alert)} ({alert.Source})";

    /// <summary>Told in the channel when an alert of a running incident resolves.</summary>
    public static string SuggestMonitoring(string number) =>
        $"If the problem is over, move {number} to monitoring: /incident update monitoring <what you see>.";

    public static Card Suggestion(AlertSuggestion suggestion, Runbook runbook)
    {
        var severity = runbook.FindSeverity(suggestion.SeverityKey);
        var facts = new List<Fact>
        {
            new("Severity", severity is null ? suggestion.SeverityKey : $"{severity.Key} ({severity.Name})"),
            new("Source", AlertSourceNames.Display(suggestion.Source)),
            new("Rule", suggestion.Rule),
        };
        if (suggestion.Kind is { } kind) facts.Add(new("Kind", kind));
        if (!suggestion.Private && suggestion.Services.Length > 0) facts.Add(new("Affected services", suggestion.Services));
        if (suggestion.StartedAt is { } started) facts.Add(new("Started", Clock.Format(started)));
        facts.Add(new("Received", Clock.Format(suggestion.ReceivedAt)));

        var sections = suggestion.Private
            ? ["This rule declares a private incident, so the alerts are not shown here."]
            : new[] { AlertList(suggestion.Alerts) };
        var buttons = suggestion.IsPending
            ? new[] { AnswerAlertSuggestion.DeclareButton(suggestion.Id), AnswerAlertSuggestion.DismissButton(suggestion.Id) }
            : [];
        return new Card(Title(suggestion), sections, facts, Context(suggestion, runbook), buttons);
    }

    private static string Title(AlertSuggestion suggestion)
    {
        var what = suggestion.Private ? "" : $": {suggestion.Title}";
        return suggestion.State switch
        {
            AlertSuggestionState.Declared => $"Declared as {suggestion.IncidentNumber}{what}",
            AlertSuggestionState.Dismissed => $"Dismissed{what}",
            AlertSuggestionState.Resolved => $"Resolved before anyone declared it{what}",
            _ when suggestion.Private => $"Suggested private {suggestion.SeverityKey} incident",
            _ => $"Suggested {suggestion.SeverityKey} incident{what}",
        };
    }

    private static string Context(AlertSuggestion suggestion, Runbook runbook)
    {
        var at = suggestion.DecidedAt is { } decided ? Clock.Format(decided) : "";
        return suggestion.State switch
        {
            AlertSuggestionState.Declared => $"Declared as {suggestion.IncidentNumber} by {suggestion.DecidedBy} at {at}.",
            AlertSuggestionState.Dismissed => $"Dismissed by {suggestion.DecidedBy} at {at}; these alerts are not suggested again for {DurationText.Format(runbook.Alerts.RegroupWithin)}.",
            AlertSuggestionState.Resolved => $"The alerts resolved at {at}; nothing was declared.",
            _ => $"Declare opens the incident at {suggestion.SeverityKey}; Dismiss ignores these alerts for {DurationText.Format(runbook.Alerts.RegroupWithin)}.",
        };
    }

    private static string AlertList(IReadOnlyList<Alert> alerts)
    {
        var lines = alerts.Take(MaxListed).Select(a => $"• {Describe(a)}{(a.Firing ? "" : " (resolved)")}");
        var more = alerts.Count > MaxListed ? [$"and {alerts.Count - MaxListed} more"] : Array.Empty<string>();
        return string.Join('\n', lines.Concat(more));
    }

    private static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;
}
