using ChatOps.Bot.Protocol;
namespace ChatOps.Bot.Outbound;

/// <summary>What to do after a failed delivery: retry after a delay (doubling, or the platform's Retry-After) or park.</summary>
public static class RetryPolicy
{
    /// <summary>The delay before the next attempt, or null to park the effect now.</summary>
    public static TimeSpan? NextDelay(Exception failure, int attempts, OutboxOptions options)
    {
        var platform = failure as IDeliveryFailure ?? failure.InnerException as IDeliveryFailure;
        if (platform is { IsTransient: false } || attempts >= options.MaxAttempts) return null;
        if (platform?.RetryAfter is { } asked && asked > TimeSpan.Zero) return asked;
        var doubling = options.FirstBackoff * Math.Pow(2, Math.Min(attempts - 1, 20));
        return doubling < options.MaxBackoff ? doubling : options.MaxBackoff;
    }
}
