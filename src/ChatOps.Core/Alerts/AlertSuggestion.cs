using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Alerts;

/// <summary>
/// An incident a <c>declare: suggest</c> rule proposes for a notification's firing alerts: posted as a card in the
/// announce channel with Declare and Dismiss, until someone chooses or the alerts resolve. It keeps what the rule said
/// at the time (severity, kind, services, title), and when the alerts began and were first received, so a declaration
/// made from it later still records when the problem started and was detected.
/// </summary>
public sealed class AlertSuggestion
{
    private List<Alert> _alerts = [];

    private AlertSuggestion()
    {
    }

    /// <summary>Given by the store when it is first saved (the database numbers them).</summary>
    public long Id { get; internal set; }
    public AlertSuggestionState State { get; private set; }
    public string Source { get; private set; } = "";

    /// <summary>The name of the rule that suggested it.</summary>
    public string Rule { get; private set; } = "";
    public string SeverityKey { get; private set; } = "";
    public string? Kind { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The affected services, comma-separated.</summary>
    public string Services { get; private set; } = "";

    /// <summary>The incident would be private (its severity or kind is): the card then shows none of the alerts' text.</summary>
    public bool Private { get; private set; }

    /// <summary>The group's key (<see cref="AlertKeys.Group"/>), or "" when the source sent none.</summary>
    public string GroupKey { get; private set; } = "";

    /// <summary>The first alert's own key (<see cref="AlertKeys.Fingerprint"/>).</summary>
    public string FingerprintKey { get; private set; } = "";

    /// <summary>The firing alerts it proposes an incident for, each marked not firing once it resolves.</summary>
    public IReadOnlyList<Alert> Alerts => _alerts;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the notification was received: when the problem was detected, should it be declared.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The earliest start the alerts gave, if any.</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>Where the card is: the runbook's announce channel.</summary>
    public string ChannelId { get; private set; } = "";
    public string? MessageId { get; private set; }

    /// <summary>The incident declared from it.</summary>
    public string? IncidentNumber { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsPending => State == AlertSuggestionState.Pending;

    public IReadOnlyList<string> Keys => AlertKeys.Of(_alerts);

    public static AlertSuggestion Suggest(
        AlertRule rule, Severity severity, IncidentKind? kind, IReadOnlyList<Alert> alerts, DateTimeOffset receivedAt, string channelId, DateTimeOffset now)
    {
        if (alerts.Count == 0) throw new ArgumentException("A suggestion needs at least one alert.", nameof(alerts));
        var first = alerts[0];
        return new AlertSuggestion
        {
            State = AlertSuggestionState.Pending,
            Source = first.Source,
            Rule = rule.Name,
            SeverityKey = severity.Key,
            Kind = kind?.Key,
            Title = rule.TitleOf(first),
            Services = string.Join(", ", rule.ServicesOf(first)),
            Private = severity.Private || kind?.Private == true,
            GroupKey = AlertKeys.Group(first) ?? "",
            FingerprintKey = AlertKeys.Fingerprint(first) ?? "",
            _alerts = alerts.ToList(),
            CreatedAt = now,
            ReceivedAt = receivedAt,
            StartedAt = alerts.Select(a => a.StartsAt).Where(s => s is not null).Min(),
            ChannelId = channelId,
        };
    }

    public void AttachCard(string messageId) => MessageId = messageId;

    /// <summary>Someone declared it (or a rule declared the same alerts) as <paramref name="number"/>.</summary>
    public void Declared(string number, string by, DateTimeOffset now)
    {
        RequirePending();
        State = AlertSuggestionState.Declared;
        IncidentNumber = number;
        Decided(by, now);
    }

    public void Dismiss(string by, DateTimeOffset now)
    {
        RequirePending();
        State = AlertSuggestionState.Dismissed;
        Decided(by, now);
    }

    /// <summary>
    /// Marks the alert with <paramref name="resolved"/>'s fingerprint as no longer firing; once none fires, the
    /// suggestion is resolved. False when it holds no such alert or was no longer pending.
    /// </summary>
    public bool AlertResolved(Alert resolved, DateTimeOffset now)
    {
        var key = AlertKeys.Fingerprint(resolved);
        var at = _alerts.FindIndex(a => a.Firing && AlertKeys.Fingerprint(a) == key);
        if (!IsPending || key is null || at < 0) return false;
        _alerts[at] = _alerts[at] with { Firing = false };
        if (_alerts.All(a => !a.Firing))
        {
            State = AlertSuggestionState.Resolved;
            DecidedAt = now;
        }
        return true;
    }

    /// <summary>Dismissed less than <paramref name="window"/> before <paramref name="now"/>: its alerts are not suggested again yet.</summary>
    public bool DismissedWithin(TimeSpan window, DateTimeOffset now) =>
        State == AlertSuggestionState.Dismissed && DecidedAt is { } at && now - at <= window;

    private void Decided(string by, DateTimeOffset now)
    {
        DecidedBy = by;
        DecidedAt = now;
    }

    /// <summary>Refuses, saying what became of it, unless nobody has chosen yet.</summary>
    public void RequirePending()
    {
        if (IsPending) return;
        throw new IncidentRuleException(State switch
        {
            AlertSuggestionState.Declared => $"This alert was already declared as {IncidentNumber} by {DecidedBy}.",
            AlertSuggestionState.Dismissed => $"This alert was already dismissed by {DecidedBy}.",
            _ => "This alert resolved before anyone declared it; nothing is left to decide.",
        });
    }
}
