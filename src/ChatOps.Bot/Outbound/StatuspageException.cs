using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// A Statuspage request that did not succeed. 429, 5xx, timeouts and lost connections are transient (retried by
/// <see cref="RetryPolicy"/>, honouring <c>Retry-After</c>); any other answer never succeeds as sent and parks the push.
/// </summary>
public sealed class StatuspageException(string operation, bool isTransient, string detail, Exception? inner = null)
    : Exception($"Statuspage {operation} failed: {detail}", inner), IDeliveryFailure
{
    public bool IsTransient { get; } = isTransient;

    public TimeSpan? RetryAfter { get; init; }
}
