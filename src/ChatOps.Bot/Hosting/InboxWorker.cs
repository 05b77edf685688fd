using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Hosting;

/// <summary>
/// Processes stored intents in arrival order; intents left by a stopped process are picked up at start.
/// Each intent's state change commits together with its completion (<see cref="InboundScope"/>); a failed attempt
/// changed nothing, so it is retried, and after <see cref="Inbox.MaxAttempts"/> it is reported to the person who acted.
/// </summary>
public sealed class InboxWorker(IServiceProvider services, IEnumerable<IInboundProcessor> processors, InboxSignal signal, TimeProvider time, ILogger<InboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Fallback = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var byPlatform = processors.ToDictionary(p => p.Platform);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(byPlatform, stoppingToken);
                signal.NotifyIdle();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The inbox could not be read; retrying");
            }
            await signal.WaitAsync(Fallback, time, stoppingToken);
        }
    }

    public async Task DrainAsync(IReadOnlyDictionary<string, IInboundProcessor> processors, CancellationToken ct)
    {
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var inbox = scope.ServiceProvider.GetRequiredService<Inbox>();
            var pending = await inbox.PendingAsync(20, ct);
            if (pending.Count == 0) return;
            var failed = false;
            foreach (var row in pending)
            {
                string? error = null;
                try
                {
                    if (!processors.TryGetValue(row.Platform, out var processor)) error = $"no processor for platform '{row.Platform}'";
                    else
                        using (InboundScope.Enter(row.Id))
                            await processor.ProcessAsync(row.Kind, row.Payload, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    error = $"{ex.GetType().Name}: {ex.Message}";
                    logger.LogError(ex, "Intent {Id} ({Key}) failed (attempt {Attempt} of {Max})", row.Id, row.DedupeKey, row.Attempts + 1, Inbox.MaxAttempts);
                    if (row.Attempts + 1 >= Inbox.MaxAttempts) await ReportAsync(processors, row, ex.Message, ct);
                }
                await inbox.CompleteAsync(row, error, ct);
                failed |= error is not null;
            }
            if (failed && pending.Any(r => r.ProcessedAt is null)) return;
        }
    }

    private async Task ReportAsync(IReadOnlyDictionary<string, IInboundProcessor> processors, InboundRow row, string error, CancellationToken ct)
    {
        try
        {
            if (processors.TryGetValue(row.Platform, out var processor)) await processor.ReportFailureAsync(row.Kind, row.Payload, error, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not tell the user that intent {Id} failed", row.Id);
        }
    }
}
