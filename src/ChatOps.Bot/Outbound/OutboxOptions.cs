namespace ChatOps.Bot.Outbound;

/// <summary>Delivery settings, section <c>Outbox</c> (e.g. <c>Outbox__MaxAttempts</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Failures before an effect is parked. With the default backoff the last try is about half an hour after the first.</summary>
    public int MaxAttempts { get; set; } = 14;

    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a replica owns an effect it is delivering; after that another replica may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Effects delivered at the same time (each queue is still delivered in order, one at a time).</summary>
    public int Concurrency { get; set; } = 8;
}
