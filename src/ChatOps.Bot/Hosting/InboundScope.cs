namespace ChatOps.Bot.Hosting;

/// <summary>
/// The stored intent being carried out on this async flow. A unit of work that commits while one is current marks
/// it processed in the same transaction, so an intent changes state once even if the process dies right after.
/// </summary>
public static class InboundScope
{
    private static readonly AsyncLocal<long?> CurrentId = new();

    public static long? Current => CurrentId.Value;

    public static IDisposable Enter(long inboxId)
    {
        var previous = CurrentId.Value;
        CurrentId.Value = inboxId;
        return new Exit(previous);
    }

    private sealed class Exit(long? previous) : IDisposable
    {
        public void Dispose() => CurrentId.Value = previous;
    }
}
