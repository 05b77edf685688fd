using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Incidents;

/// <summary>
/// The incident aggregate. Every method checks that the move is legal before it changes anything, throws
/// <see cref="IncidentRuleException"/> when it is not, and records each real change on the timeline.
/// </summary>
public sealed partial class Incident
{
    private List<TimelineEntry> _timeline = [];
    private List<TriageRecord> _triage = [];
    private List<EscalationRecord> _escalations = [];
    private List<string> _participants = [];
    private List<DeadlineClock> _deadlines = [];

    private Incident()
    {
    }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public int Year { get; private set; }
    public int Sequence { get; private set; }
    public string Title { get; private set; } = "";
    public string SeverityKey { get; private set; } = "";
    public IncidentStatus Status { get; private set; }
    public string? Category { get; private set; }
    public string ChannelId { get; private set; } = "";
    public string ChannelName { get; private set; } = "";
    public string? CardMessageId { get; private set; }
    public string DeclaredBy { get; private set; } = "";
    public string Commander { get; private set; } = "";
    public string? Comms { get; private set; }
    public string? Scribe { get; private set; }
    public string AffectedServices { get; private set; } = "";
    public string Impact { get; private set; } = "";
    public string Description { get; private set; } = "";
    public bool Private { get; private set; }

    /// <summary>The runbook kind chosen at declaration (<c>data-leak</c>), or null.</summary>
    public string? Kind { get; private set; }
    public string? Summary { get; private set; }
    public string? PostMortemFile { get; private set; }
    public DateTimeOffset DeclaredAt { get; private set; }

    /// <summary>When it really began, when a responder said so (else it began when declared).</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>When it was noticed, when a responder said so (else when declared).</summary>
    public DateTimeOffset? DetectedAt { get; private set; }

    /// <summary>When it began: as a responder set it, else when it was first noticed (the detection, or the declaration).</summary>
    public DateTimeOffset Began => StartedAt ?? (DetectedAt is { } noticed && noticed < DeclaredAt ? noticed : DeclaredAt);

    /// <summary>When it was noticed: as a responder set it, else the declaration.</summary>
    public DateTimeOffset Noticed => DetectedAt ?? DeclaredAt;
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? AcknowledgedBy { get; private set; }
    public DateTimeOffset? MitigatedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset? LastUpdateAt { get; private set; }
    public DateTimeOffset? LastUpdateReminderAt { get; private set; }
    public DateTimeOffset SeverityChangedAt { get; private set; }
    public DateTimeOffset? LastEscalatedAt { get; private set; }
    public int EscalationTier { get; private set; }
    public bool PostMortemReminded { get; private set; }
    public string? PendingTriageQuestion { get; private set; }

    public IReadOnlyList<TimelineEntry> Timeline => _timeline;
    public IReadOnlyList<TriageRecord> TriageAnswers => _triage;
    public IReadOnlyList<EscalationRecord> Escalations => _escalations;
    public IReadOnlyList<string> Participants => _participants;
    public IReadOnlyList<DeadlineClock> Deadlines => _deadlines;

    public bool IsActive => Status is not (IncidentStatus.Resolved or IncidentStatus.Closed);

    public static Incident Declare(
        int year, int sequence, string title, Severity severity, string declarer, string commander,
        DeclareDetails details, string channelId, string channelName, DateTimeOffset now, IncidentKind? kind = null)
    {
        var incident = new Incident
        {
            Id = Guid.NewGuid(),
            Year = year,
            Sequence = sequence,
            Number = FormatNumber(year, sequence),
            Title = title.Trim(),
            SeverityKey = severity.Key,
            DeclaredSeverityKey = severity.Key,
            Status = IncidentStatus.Investigating,
            DeclaredBy = declarer,
            Commander = commander,
            AffectedServices = details.AffectedServices.Trim(),
            Impact = details.Impact.Trim(),
            Description = details.Description.Trim(),
            Private = details.Private || severity.Private || kind?.Private == true,
            Kind = kind?.Key,
            ChannelId = channelId,
            ChannelName = channelName,
            DeclaredAt = now,
            SeverityChangedAt = now,
        };
        incident.AddParticipant(declarer);
        incident.AddParticipant(commander);
        incident.Record(now, declarer, "declared", $"Declared {severity.Key} ({severity.Name}): {incident.Title}");
        if (commander != declarer) incident.Record(now, declarer, "role", $"{commander} is commander");
        if (kind is not null) incident.StartDeadlines(kind, now);
        return incident;
    }

    public static string FormatNumber(int year, int sequence) => $"INC-{year}-{sequence:000}";

    public void AttachCard(string messageId) => CardMessageId = messageId;

    public void AddParticipant(string person)
    {
        if (!string.IsNullOrWhiteSpace(person) && !_participants.Contains(person)) _participants.Add(person);
    }

    public void Acknowledge(string actor, DateTimeOffset now)
    {
        RequireActive("acknowledge");
        if (AcknowledgedAt is { } at)
            throw new IncidentRuleException($"{Number} was already acknowledged by {AcknowledgedBy} at {Clock.Format(at)}.");
        AcknowledgedAt = now;
        AcknowledgedBy = actor;
        AddParticipant(actor);
        Record(now, actor, "acknowledged", "Acknowledged; automatic escalation stopped");
    }

    /// <summary>
    /// Someone plainly working the incident (an update, a triage answer, taking a role) acknowledges it, if nobody had:
    /// escalating because "nobody acknowledged" would be untrue.
    /// </summary>
    private void AcknowledgeByEngagement(string actor, string how, DateTimeOffset now)
    {
        if (AcknowledgedAt is not null || !IsActive || actor == BotActor) return;
        AcknowledgedAt = now;
        AcknowledgedBy = actor;
        Record(now, actor, "acknowledged", $"Acknowledged by {how}; automatic escalation stopped");
    }

    /// <summary>The name the bot acts under on the timeline.</summary>
    public const string BotActor = "ChatOps";

    public void PostUpdate(string actor, IncidentStatus status, string message, DateTimeOffset now)
    {
        RequireActive("post an update to");
        if (status is IncidentStatus.Resolved or IncidentStatus.Closed)
            throw new IncidentRuleException("An update sets investigating, identified or monitoring; use /incident resolve to resolve.");
        if (string.IsNullOrWhiteSpace(message))
            throw new IncidentRuleException("An update needs a message: /incident update <investigating|identified|monitoring> <message>.");
        Status = status;
        if (status == IncidentStatus.Monitoring) MitigatedAt ??= now;
        LastUpdateAt = now;
        AddParticipant(actor);
        AcknowledgeByEngagement(actor, "posting an update", now);
        Record(now, actor, "update", $"[{status.ToString().ToLowerInvariant()}] {message.Trim()}");
    }

    /// <summary>
    /// A new severity: its update cadence applies from now. Raising it (<paramref name="raised"/>) is a new page: an
    /// earlier acknowledgement no longer holds, and the new severity's chain escalates from its first tier unless
    /// someone acknowledges at the new severity.
    /// </summary>
    public void ChangeSeverity(string actor, Severity severity, DateTimeOffset now, bool raised = false, string? reason = null)
    {
        RequireActive("change the severity of");
        if (string.Equals(severity.Key, SeverityKey, StringComparison.OrdinalIgnoreCase))
            throw new IncidentRuleException($"{Number} is already {SeverityKey}.");
        var old = SeverityKey;
        SeverityKey = severity.Key;
        SeverityChangedAt = now;
        if (severity.Private) Private = true;
        var why = string.IsNullOrWhiteSpace(reason) ? "" : $": {reason.Trim()}";
        Record(now, actor, "severity", $"Severity changed from {old} to {severity.Key} ({severity.Name}){why}");
        if (raised)
        {
            if (AcknowledgedAt is not null)
                Record(now, actor, "page", $"Raised to {severity.Key}: a new page; acknowledge again to stop {severity.Key}'s escalation");
            AcknowledgedAt = null;
            AcknowledgedBy = null;
            EscalationTier = 0;
        }
        else if (EscalationTier > severity.Escalation.Count)
        {
            EscalationTier = severity.Escalation.Count;
        }
    }

    public void AssignRole(string actor, IncidentRole role, string person, DateTimeOffset now)
    {
        RequireNotClosed("assign roles in");
        person = person.Trim().TrimStart('@');
        if (person.Length == 0) throw new IncidentRuleException("Name the person: /incident role <commander|comms|scribe> <user>.");
        var current = role switch
        {
            IncidentRole.Commander => Commander,
            IncidentRole.Comms => Comms,
            _ => Scribe,
        };
        if (current == person) throw new IncidentRuleException($"{person} is already {role.ToString().ToLowerInvariant()}.");
        switch (role)
        {
            case IncidentRole.Commander: Commander = person; break;
            case IncidentRole.Comms: Comms = person; break;
            default: Scribe = person; break;
        }
        AddParticipant(person);
        if (string.Equals(person, actor.Trim().TrimStart('@'), StringComparison.OrdinalIgnoreCase))
            AcknowledgeByEngagement(actor, $"taking the {role.ToString().ToLowerInvariant()} role", now);
        Record(now, actor, "role", $"{person} is {role.ToString().ToLowerInvariant()}");
    }

    public void AddNote(string actor, string text, DateTimeOffset now, string kind = "note")
    {
        RequireNotClosed("add notes to");
        if (string.IsNullOrWhiteSpace(text)) throw new IncidentRuleException("A note needs text: /incident note <text>.");
        AddParticipant(actor);
        Record(now, actor, kind, text.Trim());
    }

    public void Resolve(string actor, string summary, DateTimeOffset now)
    {
        if (Status == IncidentStatus.Closed) throw new IncidentRuleException($"{Number} is closed.");
        if (Status == IncidentStatus.Resolved)
            throw new IncidentRuleException($"{Number} was already resolved at {Clock.Format(ResolvedAt!.Value)}.");
        Status = IncidentStatus.Resolved;
        ResolvedAt = now;
        MitigatedAt ??= now;
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        PendingTriageQuestion = null;
        Record(now, actor, "resolved", Summary is null ? "Resolved" : $"Resolved: {Summary}");
    }

    public void Close(string actor, DateTimeOffset now)
    {
        if (Status == IncidentStatus.Closed) throw new IncidentRuleException($"{Number} is already closed.");
        if (Status != IncidentStatus.Resolved)
            throw new IncidentRuleException($"{Number} is still {Status.ToString().ToLowerInvariant()}; resolve it first with /incident resolve [summary].");
        if (_deadlines.FirstOrDefault(d => d.IsRunning) is { } running)
            throw new IncidentRuleException(
                $"Cannot close {Number}: the {running.Name} clock {(now > running.DueAt ? $"is OVERDUE by {Time.DurationText.Approximate(now - running.DueAt)} (was due {Clock.Format(running.DueAt)})" : $"is still running (due {Clock.Format(running.DueAt)})")}. Record who was notified with /incident notified {running.Key} <who was notified>, then close.");
        if (IsDrill && DrillGap is null)
            throw new IncidentRuleException($"Cannot close the drill {Number} without the gap it found (seed 000: identify ONE gap). Name it with /incident drill gap <text>, then close.");
        Status = IncidentStatus.Closed;
        ClosedAt = now;
        Record(now, actor, "closed", "Closed");
    }

    public void RecordPostMortem(string fileName, DateTimeOffset now)
    {
        PostMortemFile = fileName;
        Record(now, "ChatOps", "postmortem", $"Post-mortem skeleton written to {fileName}");
    }

    private void RequireActive(string verb)
    {
        if (!IsActive)
            throw new IncidentRuleException($"Cannot {verb} {Number}: it is {Status.ToString().ToLowerInvariant()}.");
    }

    private void RequireNotClosed(string verb)
    {
        if (Status == IncidentStatus.Closed) throw new IncidentRuleException($"Cannot {verb} {Number}: it is closed.");
    }

    private void Record(DateTimeOffset at, string actor, string kind, string text) =>
        _timeline.Add(new TimelineEntry(at, actor, kind, text));
}
