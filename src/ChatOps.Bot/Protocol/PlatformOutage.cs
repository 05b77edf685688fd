namespace ChatOps.Bot.Protocol;

/// <summary>
/// Whether a failure means the platform is unreachable, slow or failing for now (worth waiting out), rather than
/// something about what was asked (an unknown user, a missing scope) that no retry will change.
/// </summary>
public static class PlatformOutage
{
    public static bool Is(Exception failure) => failure switch
    {
        IDeliveryFailure platform => platform.IsTransient,
        HttpRequestException or TimeoutException or OperationCanceledException => true,
        _ => failure.InnerException is { } inner && Is(inner),
    };

    /// <summary>How long the platform asked to be left alone (HTTP <c>Retry-After</c>), when it said.</summary>
    public static TimeSpan? RetryAfter(Exception failure) =>
        (failure as IDeliveryFailure ?? failure.InnerException as IDeliveryFailure)?.RetryAfter;
}
