namespace ChatOps.Bot.Persistence;

/// <summary>
/// A user intent received from a chat platform, stored before the platform is acknowledged and processed afterwards.
/// <see cref="DedupeKey"/> is unique, so a retried delivery of the same intent is stored (and processed) once.
/// </summary>
public sealed class InboundRow
{
    public long Id { get; set; }
    public string DedupeKey { get; set; } = "";
    public string Platform { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>Why the last attempt failed, or what the intent is waiting for; null once it was carried out.</summary>
    public string? Error { get; set; }

    /// <summary>Why the answer to an intent that was carried out could not be shown (the platform failed); the work stands.</summary>
    public string? ReplyError { get; set; }

    /// <summary>The replica carrying this intent out (see <see cref="Claims.ClaimQueues.Inbox"/>).</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
}
