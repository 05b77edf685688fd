using ChatOps.Bot.Protocol;
using ChatOps.Bot.Signals;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// Delivers the outbox: the first pending effect of each queue, several queues at once, each queue strictly in
/// order. Woken after every commit that recorded effects; otherwise it looks again when the next retry is due,
/// and at least every <see cref="Fallback"/> (effects left by a stopped process or by another replica).
/// </summary>
public sealed class OutboxWorker(
    IServiceProvider services,
    OutboxSignal signal,
    RequestsInFlight requests,
    OutboxOptions options,
    ReplicaIdentity replica,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Fallback = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Task> _inFlight = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.StartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Fallback;
            try
            {
                wait = await PumpAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The outbox could not be read; retrying");
            }
            await signal.WaitAsync(wait, time, stoppingToken);
        }
        await Task.WhenAll(_inFlight.Values);
    }

    /// <summary>Starts what is ready; returns how long to wait before looking again.</summary>
    private async Task<TimeSpan> PumpAsync(CancellationToken ct)
    {
        foreach (var done in _inFlight.Where(p => p.Value.IsCompleted).Select(p => p.Key).ToList()) _inFlight.Remove(done);
        // Acknowledgements first: while platforms wait on answers, starting deliveries waits a little.
        await requests.GiveWayAsync(ct);
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        var now = time.GetUtcNow();
        var waiting = false;
        foreach (var head in await store.ReadyHeadsAsync(now, options.Concurrency * 4, ct))
        {
            if (_inFlight.ContainsKey(head.Queue)) continue;
            if (_inFlight.Count >= options.Concurrency)
            {
                // Full: a finishing delivery wakes the loop.
                waiting = true;
                break;
            }
            if (!await store.ClaimAsync(head, replica.Id, now, options.Lease, ct)) continue;
            var delivery = DeliverAsync(head, ct);
            _inFlight[head.Queue] = delivery;
            // Woken once the delivery has completed, so the next pump sees it done (and can report idle).
            _ = delivery.ContinueWith(_ => signal.Wake(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
        if (_inFlight.Count == 0 && !waiting) signal.NotifyIdle();
        if (waiting || await store.NextDueAsync(now, ct) is not { } next) return Fallback;
        var untilNext = next - now;
        return untilNext < Fallback ? untilNext : Fallback;
    }

    private async Task DeliverAsync(OutboundEffect effect, CancellationToken ct)
    {
        await Task.Yield();
        try
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverAsync(effect, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Outbox effect {Id} could not be recorded; it will be tried again when its claim expires", effect.Id);
        }
    }
}
