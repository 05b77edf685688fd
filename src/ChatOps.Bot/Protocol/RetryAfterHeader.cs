namespace ChatOps.Bot.Protocol;

/// <summary>Reads an HTTP response's <c>Retry-After</c> (seconds or a date), as Slack, the Bot Connector and Graph send it.</summary>
public static class RetryAfterHeader
{
    /// <summary>How long the server asked to wait, or null when it did not say.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta && delta >= TimeSpan.Zero) return delta;
        if (header?.Date is { } date) return date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero;
        return response.Headers.TryGetValues("Retry-After", out var values)
               && int.TryParse(values.FirstOrDefault(), out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}
