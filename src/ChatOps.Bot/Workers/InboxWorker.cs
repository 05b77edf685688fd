using ChatOps.Bot.Inbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Protocol;
using ChatOps.Bot.Signals;
using ChatOps.Core.Engine;

namespace ChatOps.Bot.Workers;

/// <summary>
/// Processes stored intents in arrival order; intents left by a stopped process are picked up at start.
/// Each intent's state change commits together with its completion (<see cref="UnitOfWork.IntentId"/>); a failed attempt
/// changed nothing, so it is retried, and after <see cref="Inbox.MaxAttempts"/> it is reported to the person who acted.
/// An intent that could not be carried out because its platform did not answer (a pinned message to fetch, who acted
/// to look up) is not an attempt: it waits for the platform with growing pauses, as deliveries do, for up to
/// <see cref="Inbox.PlatformPatience"/>. An answer that could not be shown after the work was done is recorded as that.
/// When the database itself takes no writes, nothing is recorded (it could not be): the intent stays claimed and is
/// tried again once its claim runs out, without using up an attempt.
/// </summary>
public sealed class InboxWorker(IServiceProvider services, IntentProcessor processor, InboxSignal signal, RequestsInFlight requests, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<InboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Fallback = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.StartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(stoppingToken);
                signal.NotifyIdle();
            }
            catch (Exception ex) when (ex is not OperationCanceledException && StorageFaults.Describe(ex) is { } storage)
            {
                logger.LogWarning("The inbox could not be worked through, the database takes no writes ({Error}); retrying", storage);
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
            // Acknowledgements first: while platforms wait on answers, carrying out what they stored waits a little.
            await requests.GiveWayAsync(ct);
            await using var scope = services.CreateAsyncScope();
            var inbox = scope.ServiceProvider.GetRequiredService<Inbox>();
            // One at a time: replicas share the inbox intent by intent, and a claim never covers work not yet started.
            var pending = await inbox.ClaimPendingAsync(1, ct);
            if (pending.Count == 0) return;
            var stalled = false;
            foreach (var row in pending)
                stalled |= !await CarryOutAsync(inbox, row, ct);
            if (stalled && pending.Any(r => r.ProcessedAt is null)) return;
        }
    }

    /// <summary>Tries <paramref name="row"/> once; false when it failed or waits for its platform.</summary>
    private async Task<bool> CarryOutAsync(Inbox inbox, InboundRow row, CancellationToken ct)
    {
        if (!processor.Knows(row.Platform))
        {
            await inbox.CompleteAsync(row, $"no front end for platform '{row.Platform}'", ct);
            return false;
        }
        try
        {
            var replyError = await processor.ProcessAsync(row.Platform, row.Id, row.Payload, ct);
            if (replyError is not null)
                logger.LogWarning("Intent {Id} ({Key}) was carried out, but its answer could not be shown: {Error}", row.Id, row.DedupeKey, replyError);
            await inbox.CompleteAsync(row, null, ct, replyError);
            return true;
        }
        catch (Exception ex) when ((ex is not OperationCanceledException || !ct.IsCancellationRequested) && StorageFaults.Describe(ex) is null)
        {
            if (PlatformOutage.Is(ex))
            {
                var next = await inbox.WaitForPlatformAsync(row, ex.Message, PlatformOutage.RetryAfter(ex), ct);
                if (next is { } at)
                {
                    logger.LogWarning("Intent {Id} ({Key}) waits for {Platform}, trying again at {At:HH:mm:ss}: {Error}", row.Id, row.DedupeKey, row.Platform, at, ex.Message);
                    return false;
                }
                logger.LogError("Intent {Id} ({Key}) given up: {Error}", row.Id, row.DedupeKey, row.Error);
                await ReportAsync(row, row.Error ?? ex.Message, ct);
                return false;
            }
            logger.LogError(ex, "Intent {Id} ({Key}) failed (attempt {Attempt} of {Max})", row.Id, row.DedupeKey, row.Attempts + 1, Inbox.MaxAttempts);
            if (row.Attempts + 1 >= Inbox.MaxAttempts) await ReportAsync(row, ex.Message, ct);
            await inbox.CompleteAsync(row, $"{ex.GetType().Name}: {ex.Message}", ct);
            return false;
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
