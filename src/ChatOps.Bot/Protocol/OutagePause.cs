namespace ChatOps.Bot.Protocol;

/// <summary>
/// After a lookup failed because the platform is down or slow, further lookups pause for a while instead of each
/// waiting out its own timeout: with Slack down, naming six people must not hold a unit of work for six timeouts.
/// A failure that says something about the one thing looked up (an unknown user) does not pause anything.
/// </summary>
public sealed class OutagePause(TimeProvider time, TimeSpan pause)
{
    private long _untilTicks;

    public bool IsPaused => time.GetUtcNow().UtcTicks < Interlocked.Read(ref _untilTicks);

    /// <summary>Pauses lookups when <paramref name="failure"/> means the platform is unreachable, slow or failing.</summary>
    public void Failed(Exception failure)
    {
        if (PlatformOutage.Is(failure))
            Interlocked.Exchange(ref _untilTicks, (time.GetUtcNow() + pause).UtcTicks);
    }
}
