namespace ChatOps.Bot.Hosting;

/// <summary>
/// Who the current unit of work acts for, and from which platform: set by an inbound processor around its engine
/// call (it flows with the async call), so an adapter knows on whose behalf a channel is created and a host with
/// several chat platforms creates it on the platform the request came from.
/// </summary>
public sealed record ActingFor(string Platform, string Actor)
{
    private static readonly AsyncLocal<ActingFor?> Ambient = new();

    public static ActingFor? Current => Ambient.Value;

    public static IDisposable Begin(string platform, string actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = new ActingFor(platform, actor);
        return new Restore(previous);
    }

    private sealed class Restore(ActingFor? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
