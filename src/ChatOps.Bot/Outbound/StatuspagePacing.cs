namespace ChatOps.Bot.Outbound;

/// <summary>
/// Statuspage's documented limit, one request a second, across the process: a delivery books one second per request
/// it makes; while an earlier booking runs, <see cref="Book"/> says how long to hold the next one (on the bot's clock).
/// </summary>
public sealed class StatuspagePacing(TimeProvider time)
{
    public static readonly TimeSpan Gap = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private DateTimeOffset _free = DateTimeOffset.MinValue;

    /// <summary>Zero: go now, <paramref name="requests"/> seconds are yours. Else how long to wait before asking again.</summary>
    public TimeSpan Book(int requests)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_free > now) return _free - now;
            _free = now + Gap * Math.Max(1, requests);
            return TimeSpan.Zero;
        }
    }
}
