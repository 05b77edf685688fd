namespace ChatOps.Bot.Hosting;

/// <summary>Carries out the stored intents of one chat platform.</summary>
public interface IInboundProcessor
{
    string Platform { get; }

    Task ProcessAsync(string kind, string payload, CancellationToken ct);

    /// <summary>Tells the person who acted that their intent failed (best effort).</summary>
    Task ReportFailureAsync(string kind, string payload, string error, CancellationToken ct);
}
