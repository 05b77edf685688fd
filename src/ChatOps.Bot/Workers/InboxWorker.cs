using ChatOps.Bot.Inbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Protocol;
using ChatOps.Core.Engine;

namespace ChatOps.Bot.Workers;

/// <summary>
/// Processes stored intents in arrival order; intents left by a stopped process are picked up at start.
/// Each intent's state change commits together with its completion (<see cref="UnitOfWork.IntentId"/>); a failed attempt
/// changed nothing, so it is retried, and after <see cref="Inbox.MaxAttempts"/> it is reported to the person who acted.
/// </summary>
public sealed class InboxWorker(IServiceProvider services, IntentProcessor processor, InboxSignal signal, TimeProvider time, ILogger<InboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Fallback = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken);
                signal.NotifyIdle();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The inbox could not be read; retrying");
            }
            await signal.WaitAsync(Fallback, time, stoppingToken);
        }
    }

    public async Task DrainAsync(CancellationToken ct)
    {
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var inbox = scope.ServiceProvider.GetRequiredService<Inbox>();
            // One at a time: replicas share the inbox intent by intent, and a claim never covers work not yet started.
            var pending = await inbox.ClaimPendingAsync(1, ct);
            if (pending.Count == 0) return;
            var failed = false;
            foreach (var row in pending)
            {
                string? error = null;
                try
                {
                    if (!processor.Knows(row.Platform)) error = $"no front end for platform '{row.Platform}'";
                    else await processor.ProcessAsync(row.Platform, row.Id, row.Payload, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    error = $"{ex.GetType().Name}: {ex.Message}";
                    // A chat platform that did not answer is expected now and then: one line; anything else in full.
                    if (ex is IDeliveryFailure) logger.LogWarning("Intent {Id} ({Key}) failed (attempt {Attempt} of {Max}): {Error}", row.Id, row.DedupeKey, row.Attempts + 1, Inbox.MaxAttempts, ex.Message);
                    else logger.LogError(ex, "Intent {Id} ({Key}) failed (attempt {Attempt} of {Max})", row.Id, row.DedupeKey, row.Attempts + 1, Inbox.MaxAttempts);
                    if (row.Attempts + 1 >= Inbox.MaxAttempts) await ReportAsync(row, ex.Message, ct);
                }
                await inbox.CompleteAsync(row, error, ct);
                failed |= error is not null;
            }
            if (failed && pending.Any(r => r.ProcessedAt is null)) return;
        }
    }

    private async Task ReportAsync(InboundRow row, string error, CancellationToken ct)
    {
        try
        {
            await processor.ReportFailureAsync(row.Platform, row.Payload, error, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not tell the user that intent {Id} failed", row.Id);
        }
    }
}
