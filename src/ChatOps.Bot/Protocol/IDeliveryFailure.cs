namespace ChatOps.Bot.Protocol;

/// <summary>
/// Implemented by a platform's exceptions so the outbox can tell a failure worth retrying (timeout, 5xx, 429)
/// from one that will never succeed (a missing scope, an archived channel).
/// </summary>
public interface IDeliveryFailure
{
    bool IsTransient { get; }

    /// <summary>How long the platform asked us to wait (HTTP <c>Retry-After</c>), when it said.</summary>
    TimeSpan? RetryAfter { get; }
}
