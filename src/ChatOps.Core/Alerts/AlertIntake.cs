using System.Text.RegularExpressions;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Alerts;

/// <summary>
/// What alerts do, in one unit of work. A firing alert whose group or fingerprint belongs to a running incident (or
/// re-fires within the runbook's <c>regroup-within</c> of its last, after the incident was resolved) attaches to it: a
/// timeline entry and a line in its channel. Otherwise the first matching rule declares at once (and every alert of
/// the notification then belongs to that incident) or posts one suggestion card. A resolved alert goes on its
/// incident's timeline and suggests monitoring, or resolves a suggestion nobody acted on. A PagerDuty acknowledgement of
/// one of our incidents (by its keys, or the incident number our pages carry) acknowledges ours. Anything else changes
/// nothing; the audit entry of the unit of work records that the notification came.
/// </summary>
internal sealed partial class AlertIntake
{
    private readonly EngineCall _call;
    private readonly Dictionary<string, AlertLink> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, Incident?> _incidents = [];
    private readonly List<Incident> _changed = [];
    private readonly Dictionary<Guid, List<string>> _lines = [];
    private readonly HashSet<Guid> _resolvedIn = [];
    private readonly List<string> _outcomes = [];

    private AlertIntake(EngineCall call, IEnumerable<AlertLink> links)
    {
        _call = call;
        foreach (var link in links) _links[link.Key] = link;
    }

    private AlertPolicy Policy => _call.Runbook.Alerts;

    private DateTimeOffset Now => _call.Now;

    public static async Task<CommandReply> ReceiveAsync(EngineCall call, ReceiveAlertsCommand command, CancellationToken ct)
    {
        var intake = new AlertIntake(call, await call.Alerts.LinksAsync(AlertKeys.Of(command.Alerts), ct));
        foreach (var alert in command.Alerts.Where(a => a.Acknowledged)) await intake.AcknowledgedAsync(alert, ct);
        // Alerts that declare at once go first, so a group holding one never also gets a suggestion card.
        var firing = command.Alerts.Where(a => a.Firing && !a.Acknowledged).OrderBy(a => call.Runbook.Alerts.RuleFor(a)?.Declare == AlertDeclare.Auto ? 0 : 1);
        foreach (var alert in firing) await intake.FiringAsync(alert, command, ct);
        foreach (var alert in command.Alerts.Where(a => !a.Firing)) await intake.ResolvedAsync(alert, ct);
        await intake.FlushAsync(ct);
        return new CommandReply(intake._outcomes.Count == 0 ? "Nothing to do." : string.Join("; ", intake._outcomes) + ".");
    }

    private async Task FiringAsync(Alert alert, ReceiveAlertsCommand command, CancellationToken ct)
    {
        if (await IncidentOfAsync(alert, firing: true, ct) is { } incident)
        {
            await AttachAsync(incident, alert, "firing", ct);
            return;
        }
        switch (Policy.RuleFor(alert))
        {
            case null:
                _outcomes.Add($"{AlertCards.Describe(alert)}: no rule matches");
                break;
            case { Declare: AlertDeclare.Auto } rule:
                var declared = await DeclareAsync(rule, alert, command, ct);
                await AttachAsync(declared, alert, "firing", ct);
                break;
            case var rule:
                await SuggestAsync(rule, alert, command, ct);
                break;
        }
    }

    private async Task ResolvedAsync(Alert alert, CancellationToken ct)
    {
        if (await IncidentOfAsync(alert, firing: false, ct) is { } incident)
        {
            await AttachAsync(incident, alert, "resolved", ct);
            if (incident.IsActive) _resolvedIn.Add(incident.Id);
            return;
        }
        foreach (var suggestion in (await _call.Alerts.SuggestionsAsync(AlertKeys.Of(alert), ct)).Where(s => s.IsPending))
        {
            if (!suggestion.AlertResolved(alert, Now)) continue;
            await SaveAndShowAsync(suggestion, ct);
            if (suggestion.State == AlertSuggestionState.Resolved) _outcomes.Add($"suggestion {suggestion.Id} resolved");
        }
    }

    /// <summary>Acknowledged at the source (PagerDuty): ours is acknowledged by that person, once.</summary>
    private async Task AcknowledgedAsync(Alert alert, CancellationToken ct)
    {
        if (await IncidentOfAsync(alert, firing: false, ct) is not { IsActive: true } incident) return;
        var source = AlertSourceNames.Display(alert.Source);
        var who = $"{alert.ActorName ?? "someone"} ({source})";
        if (incident.AcknowledgedAt is null)
        {
            await Acknowledge.AcknowledgeAsync(_call, incident, who, ct);
            _outcomes.Add($"{incident.Number} acknowledged by {who}");
        }
        else
        {
            incident.RecordAlert(alert.Source, $"Acknowledged in {source} by {alert.ActorName ?? "someone"}", Now);
            Changed(incident);
        }
        await LinkAsync(AlertKeys.Of(alert), incident, ct);
    }

    /// <summary>
    /// The incident an alert belongs to: one its keys link to that is running, or (for an alert that is not firing, or
    /// one firing again within the regroup window) resolved but not closed; for PagerDuty, also the incident whose
    /// number our own page carried.
    /// </summary>
    private async Task<Incident?> IncidentOfAsync(Alert alert, bool firing, CancellationToken ct)
    {
        var links = AlertKeys.Of(alert).Select(k => _links.GetValueOrDefault(k)).OfType<AlertLink>().OrderByDescending(l => l.LastSeenAt);
        foreach (var link in links)
        {
            if (await LoadAsync(link.IncidentId, ct) is not { Status: not IncidentStatus.Closed } incident) continue;
            if (incident.IsActive || !firing || Now - link.LastSeenAt <= Policy.RegroupWithin) return incident;
        }
        return OurNumber(alert) is { } number && await _call.Store.FindByNumberAsync(number, ct) is { Status: not IncidentStatus.Closed } ours
            ? Loaded(ours)
            : null;
    }

    /// <summary>Our pages go out with <c>dedup_key</c> <c>chatops-INC-2026-001-0</c> and a summary that starts with the number.</summary>
    private static string? OurNumber(Alert alert)
    {
        if (alert.Source != AlertSourceNames.PagerDuty) return null;
        if (alert.Label("incident_key") is { } key && key.StartsWith("chatops-", StringComparison.OrdinalIgnoreCase) && IncidentNumber().Match(key) is { Success: true } inKey)
            return inKey.Value.ToUpperInvariant();
        return IncidentNumber().Match(alert.Summary) is { Success: true, Index: 0 } inTitle ? inTitle.Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"\bINC-\d{4}-\d{3,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncidentNumber();

    private async Task<Incident> DeclareAsync(AlertRule rule, Alert alert, ReceiveAlertsCommand command, CancellationToken ct)
    {
        var severity = _call.RequireSeverity(rule.Severity);
        var kind = rule.Kind is { } key ? _call.Runbook.FindKind(key) ?? throw new IncidentRuleException(_call.Runbook.UnknownKind(key)) : null;
        var keys = AlertKeys.Of(command.Alerts);
        var pending = (await _call.Alerts.SuggestionsAsync(keys, ct)).Where(s => s.IsPending).ToList();
        var (started, detected) = Times(
            pending.Select(s => s.ReceivedAt).Append(command.ReceivedAt),
            command.Alerts.Select(a => a.StartsAt).Concat(pending.Select(s => s.StartedAt)));
        var incident = await OpenAsync(
            new Declaration(severity, rule.TitleOf(alert), Details(alert, string.Join(", ", rule.ServicesOf(alert)), kind), kind, started, detected, alert.Source, ByPerson: false),
            alert.Source, keys, ct);
        foreach (var suggestion in pending)
        {
            suggestion.Declared(incident.Number, alert.Source, Now);
            await SaveAndShowAsync(suggestion, ct);
        }
        _outcomes.Add($"declared {incident.Number} ({rule.Name})");
        return incident;
    }

    /// <summary>Opens the incident as the declare command does, and makes <paramref name="keys"/> belong to it.</summary>
    private async Task<Incident> OpenAsync(Declaration declaration, string source, IReadOnlyList<string> keys, CancellationToken ct)
    {
        var incident = await Declare.OpenAsync(_call, declaration with { Title = TitleOf(declaration.Title, source) }, ct);
        Loaded(incident);
        await LinkAsync(keys, incident, ct);
        return incident;
    }

    /// <summary>An alert joins the incident: a timeline entry now, a line in the channel when the notification is done.</summary>
    private async Task AttachAsync(Incident incident, Alert alert, string what, CancellationToken ct)
    {
        var line = AlertCards.Line(what, alert);
        incident.RecordAlert(alert.Source, line, Now);
        Changed(incident);
        if (!_lines.TryGetValue(incident.Id, out var lines)) _lines[incident.Id] = lines = [];
        lines.Add(line);
        await LinkAsync(AlertKeys.Of(alert), incident, ct);
        _outcomes.Add($"{AlertCards.Describe(alert)} {what}: attached to {incident.Number}");
    }

    /// <summary>Saves every incident an alert joined, and posts its alerts in its channel in one message.</summary>
    private async Task FlushAsync(CancellationToken ct)
    {
        foreach (var incident in _changed)
        {
            _call.Entry.About(incident.Number);
            await _call.SaveAsync(incident, ct);
            if (!_lines.TryGetValue(incident.Id, out var lines)) continue;
            if (_resolvedIn.Contains(incident.Id) && incident.IsActive && incident.Status != IncidentStatus.Monitoring)
                lines.Add(AlertCards.SuggestMonitoring(incident.Number));
            await _call.PostAsync(incident, string.Join('\n', lines), ct: ct);
        }
        _changed.Clear();
        _lines.Clear();
    }

    private async Task LinkAsync(IReadOnlyList<string> keys, Incident incident, CancellationToken ct)
    {
        if (keys.Count == 0) return;
        await _call.Alerts.LinkAsync(keys, incident.Id, Now, ct);
        foreach (var key in keys) _links[key] = new AlertLink(key, incident.Id, Now);
    }

    private async Task<Incident?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!_incidents.TryGetValue(id, out var incident)) _incidents[id] = incident = await _call.Store.FindAsync(id, ct);
        return incident;
    }

    private Incident Loaded(Incident incident) => _incidents.TryGetValue(incident.Id, out var known) && known is not null ? known : _incidents[incident.Id] = incident;

    private void Changed(Incident incident)
    {
        if (!_changed.Contains(incident)) _changed.Add(incident);
    }

    /// <summary>
    /// Detected when the first of these alerts was received, started at the earliest start they gave: never after the
    /// declaration now being made, and never started after detected (a sender's clock may run ahead of ours).
    /// </summary>
    private (DateTimeOffset? Started, DateTimeOffset Detected) Times(IEnumerable<DateTimeOffset> received, IEnumerable<DateTimeOffset?> starts)
    {
        var detected = received.Append(Now).Min();
        var started = starts.Where(s => s is not null).Min();
        return (started is { } s && s > detected ? detected : started, detected);
    }

    private static DeclareDetails Details(Alert alert, string services, IncidentKind? kind)
    {
        var description = string.Join('\n', new[] { alert.Annotation("description"), alert.Url }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return DeclareDetails.None with { AffectedServices = services, Description = description, Kind = kind?.Key };
    }

    /// <summary>A rule's title made fit for an incident: cleaned, and cut to the longest title the declare form takes.</summary>
    private static string TitleOf(string title, string source)
    {
        var clean = Declare.CleanTitle(title);
        if (clean.Length == 0) clean = $"Alert from {AlertSourceNames.Display(source)}";
        return clean.Length <= IncidentForms.MaxTitleLength ? clean : clean[..(IncidentForms.MaxTitleLength - 1)].TrimEnd() + "…";
    }
}
