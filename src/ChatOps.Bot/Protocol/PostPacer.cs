namespace ChatOps.Bot.Protocol;

/// <summary>
/// Hands out message slots at most one per channel per interval (Slack's and Teams' per-channel posting limits),
/// so a burst is spread out instead of being answered with HTTP 429. The outbox books a slot for an effect ahead
/// (<see cref="Book"/>), keeps the effect in its table until then, and then sends it saying its slot is booked, so the
/// client does not take a second slot for it; other sends <see cref="Reserve"/> the next free slot.
/// </summary>
internal sealed class PostPacer(TimeSpan interval, TimeProvider time)
{
    private const int PruneThreshold = 1024;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _booked = new(StringComparer.Ordinal);

    /// <summary>
    /// How long the message known as <paramref name="ticket"/> must wait for its slot: its booked slot if it has one,
    /// else the channel's next slot, booked for it now. Zero means go now (the slot is used up).
    /// </summary>
    public TimeSpan Book(string channel, string ticket)
    {
        if (interval <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_booked.TryGetValue(ticket, out var slot))
            {
                if (slot > now)
                {
                    return slot - now;
                }

                _booked.Remove(ticket);
                return TimeSpan.Zero;
            }

            var wait = ReserveLocked(channel, now);
            if (wait > TimeSpan.Zero)
            {
                _booked[ticket] = now + wait;
            }

            return wait;
        }
    }

    /// <summary>Reserves the channel's next slot and returns how long to wait for it (zero when free now).</summary>
    public TimeSpan Reserve(string channel)
    {
        if (interval <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        lock (_gate)
        {
            return ReserveLocked(channel, time.GetUtcNow());
        }
    }

    private TimeSpan ReserveLocked(string channel, DateTimeOffset now)
    {
        if (_nextSlot.Count >= PruneThreshold)
        {
            foreach (var stale in _nextSlot.Where(e => e.Value <= now).Select(e => e.Key).ToList())
            {
                _nextSlot.Remove(stale);
            }
        }

        if (_booked.Count >= PruneThreshold)
        {
            // A booked effect that never came back (parked, or delivered by another replica) gives up its booking.
            foreach (var stale in _booked.Where(e => e.Value <= now - TimeSpan.FromMinutes(5)).Select(e => e.Key).ToList())
            {
                _booked.Remove(stale);
            }
        }

        var slot = _nextSlot.TryGetValue(channel, out var next) && next > now ? next : now;
        _nextSlot[channel] = slot + interval;
        return slot - now;
    }
}
