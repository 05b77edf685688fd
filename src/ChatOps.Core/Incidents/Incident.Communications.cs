using System.Globalization;

namespace ChatOps.Core.Incidents;

/// <summary>Messages to stakeholders (see <see cref="CommunicationRecord"/>) and the reminders that they are owed.</summary>
public sealed partial class Incident
{
    public const string CommunicationKind = "communication";
    public const string CommunicationReminderKind = "communication-reminder";

    private List<CommunicationRecord> _communications = [];
    private List<CommunicationReminderRecord> _communicationReminders = [];

    public IReadOnlyList<CommunicationRecord> Communications => _communications;

    public IReadOnlyList<CommunicationReminderRecord> CommunicationReminders => _communicationReminders;

    /// <summary>Whether the audience was told (a chat post, or an email queued or sent) at or after <paramref name="since"/>.</summary>
    public bool WasTold(string audience, DateTimeOffset? since = null) =>
        _communications.Any(c => c.Told && string.Equals(c.Audience, audience, StringComparison.OrdinalIgnoreCase) && (since is null || c.At >= since));

    /// <summary>The id the next message to stakeholders gets: <c>INC-2026-001-c3</c>, unique for ever (it names the email too).</summary>
    public string NextCommunicationId(int offset = 0) => $"{Number}-c{(_communications.Count + 1 + offset).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Records that an audience was told (or, for an email that could not be queued, not); one timeline entry for all of it.</summary>
    public IReadOnlyList<CommunicationRecord> RecordNotification(string actor, string audience, IReadOnlyList<CommunicationRecord> messages, DateTimeOffset now)
    {
        RequireNotClosed("notify stakeholders of");
        if (messages.Count == 0) throw new IncidentRuleException($"Audience {audience} has no channel or email address to tell.");
        _communications.AddRange(messages);
        AddParticipant(actor);
        var parts = messages.Select(m => m.Via == CommunicationVia.Chat ? $"#{m.Target} ({m.StateText})" : $"email to {m.Target} ({m.StateText}{(m.Detail is { } why ? ": " + why : "")})");
        Record(now, actor, CommunicationKind, $"Notified {audience}: {string.Join(", ", parts)}");
        return messages;
    }

    /// <summary>
    /// Records what became of a queued email: sent, or failed for good. Null when there is nothing to record (an unknown
    /// id, or the same outcome recorded before: delivery may report twice after a restart).
    /// </summary>
    public CommunicationRecord? SettleEmail(string id, bool sent, string? detail, DateTimeOffset now)
    {
        var index = _communications.FindIndex(c => c.Id == id && c.Via == CommunicationVia.Email);
        if (index < 0) return null;
        var state = sent ? CommunicationState.Sent : CommunicationState.Failed;
        var current = _communications[index];
        if (current.State == state) return null;
        var settled = current with { State = state, SettledAt = now, Detail = sent ? null : detail };
        _communications[index] = settled;
        Record(now, BotActor, CommunicationKind, sent
            ? $"Email to {settled.Audience} ({settled.Target}) sent [{id}]"
            : $"Email to {settled.Audience} ({settled.Target}) FAILED: {detail} [{id}]");
        return settled;
    }

    /// <summary>When the commander was last reminded of obligation <paramref name="key"/> at or after <paramref name="since"/>.</summary>
    public DateTimeOffset? LastCommunicationReminder(string key, DateTimeOffset since) =>
        _communicationReminders.Where(r => r.Key == key && r.At >= since).Select(r => (DateTimeOffset?)r.At).Max();

    public void RecordCommunicationReminder(string key, string text, DateTimeOffset now)
    {
        _communicationReminders.Add(new CommunicationReminderRecord(key, now));
        Record(now, BotActor, CommunicationReminderKind, text);
    }
}
