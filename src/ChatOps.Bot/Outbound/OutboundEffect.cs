namespace ChatOps.Bot.Outbound;

/// <summary>
/// One outbound effect (create a channel, invite, post, update, pin, upload), written in the same transaction as
/// the state change that caused it and delivered afterwards by <see cref="OutboxWorker"/>: in <see cref="Id"/>
/// order within its <see cref="Queue"/> (one queue per incident channel), retried with backoff, parked with its
/// error after <see cref="RetryPolicy.MaxAttempts"/> failures.
/// </summary>
public sealed class OutboundEffect
{
    public long Id { get; set; }

    /// <summary>Stands for this effect's result (a channel or message id) in later effects until it is delivered.</summary>
    public string Ref { get; set; } = "";

    /// <summary>Effects with the same queue are delivered one at a time, in order.</summary>
    public string Queue { get; set; } = "";

    public EffectKind Kind { get; set; }

    /// <summary>The arguments as JSON (<see cref="EffectArgs"/>); ids may be placeholders of earlier effects.</summary>
    public string Payload { get; set; } = "";

    public EffectStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>The platform id the effect produced: a channel id, a message id.</summary>
    public string? ResultId { get; set; }

    /// <summary>The channel's final name when the platform changed it (a suffix when the name was taken).</summary>
    public string? ResultName { get; set; }

    public string? LastError { get; set; }

    /// <summary>The replica delivering it, until <see cref="ClaimedUntil"/>; an expired claim can be taken over.</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>An attempt was started but its outcome is unknown (the process stopped mid-call): check before repeating.</summary>
    public bool Uncertain { get; set; }
}
