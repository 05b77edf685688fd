namespace ChatOps.Bot.Shell;

/// <summary>
/// The shell's virtual clock: the real (or test) time plus an offset that <c>/clock +5m</c> moves forward,
/// so drills can make reminders and escalations fall due now.
/// </summary>
public sealed class ShellClock(TimeProvider inner) : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
