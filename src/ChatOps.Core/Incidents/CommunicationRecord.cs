namespace ChatOps.Core.Incidents;

/// <summary>
/// One message to stakeholders: when, by whom, to which audience, how (<see cref="Via"/>), where (a chat channel or an
/// email address), and how it stands. An email is <see cref="CommunicationState.Queued"/> until the mail server took
/// it (<see cref="CommunicationState.Sent"/>) or delivery gave up (<see cref="CommunicationState.Failed"/>).
/// </summary>
public sealed record CommunicationRecord(string Id, DateTimeOffset At, string Actor, string Audience, CommunicationVia Via, string Target, CommunicationState State)
{
    public DateTimeOffset? SettledAt { get; init; }

    /// <summary>Why it failed or was not sent.</summary>
    public string? Detail { get; init; }

    /// <summary>Counts as telling the audience: posted, or an email queued or sent.</summary>
    public bool Told => State is CommunicationState.Posted or CommunicationState.Queued or CommunicationState.Sent;

    public string StateText => State switch
    {
        CommunicationState.Posted => "posted",
        CommunicationState.Queued => "queued",
        CommunicationState.Sent => "sent",
        CommunicationState.Failed => "failed",
        _ => "not sent",
    };
}

public enum CommunicationVia
{
    Chat,
    Email,
}

public enum CommunicationState
{
    /// <summary>A chat message handed to the platform's delivery.</summary>
    Posted,
    Queued,
    Sent,
    Failed,

    /// <summary>Never queued: email is not set up where the command ran.</summary>
    NotSent,
}

/// <summary>A communication reminder sent to the commander: which obligation (<see cref="Key"/>) and when.</summary>
public sealed record CommunicationReminderRecord(string Key, DateTimeOffset At);
