namespace ChatOps.Tests.Shared;

/// <summary>A clock that moves only when a test says so.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan step) => _now += step;

    public void Set(DateTimeOffset now) => _now = now;
}
