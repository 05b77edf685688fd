namespace ChatOps.Bot.Slack.Api;

/// <summary>
/// Hands out chat.postMessage slots at most one per channel per interval (Slack's per-channel posting limit),
/// so a burst is spread out instead of being answered with HTTP 429.
/// </summary>
internal sealed class PostPacer(TimeSpan interval, TimeProvider time)
{
    private const int PruneThreshold = 1024;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);

    /// <summary>Reserves the channel's next slot and returns how long to wait for it (zero when free now).</summary>
    public TimeSpan Reserve(string channel)
    {
        if (interval <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_nextSlot.Count >= PruneThreshold)
            {
                foreach (var stale in _nextSlot.Where(e => e.Value <= now).Select(e => e.Key).ToList())
                {
                    _nextSlot.Remove(stale);
                }
            }

            var slot = _nextSlot.TryGetValue(channel, out var next) && next > now ? next : now;
            _nextSlot[channel] = slot + interval;
            return slot - now;
        }
    }
}
