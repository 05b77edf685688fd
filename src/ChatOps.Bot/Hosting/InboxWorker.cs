using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Hosting;

/// <summary>
/// Processes stored intents in arrival order. A failure is recorded and retried on the next pass, up to
/// <see cref="Inbox.MaxAttempts"/>; intents left by a stopped process are picked up at start.
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
                    else await processor.ProcessAsync(row.Kind, row.Payload, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    error = $"{ex.GetType().Name}: {ex.Message}";
                    logger.LogWarning(ex, "Intent {Id} ({Key}) failed on attempt {Attempt}", row.Id, row.DedupeKey, row.Attempts + 1);
                }
                await inbox.CompleteAsync(row, error, ct);
                failed |= error is not null;
            }
            // A failed intent is retried on the next pass, after the fallback wait, not in a tight loop.
            if (failed) return;
        }
    }
}
