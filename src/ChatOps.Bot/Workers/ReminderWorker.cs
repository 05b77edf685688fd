using ChatOps.Bot.Engine;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Protocol;
using ChatOps.Core.Engine;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Workers;

/// <summary>
/// Fires due reminders and escalations as they fall due (it sleeps until the next one, and looks at least once a
/// second for reminders written by commands or other replicas), and at start whatever fell due while the bot was down. Each
/// incident is claimed first (committed on its own, so with several replicas each fires only what it claimed, see
/// <see cref="Persistence.Claims.ClaimQueues.Reminders"/>) and then fired in its own unit of work: an incident that
/// fails is logged and tried again when its claim runs out, and never holds up the others.
/// </summary>
public sealed class ReminderWorker(IServiceProvider services, TimeProvider time, StorageOptions storage, IHostApplicationLifetime lifetime, ILogger<ReminderWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(100);

    private TaskCompletionSource<int> _round = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes when the current or next round ends, with how many reminders it fired. By then the wait for the
    /// following round has started, so moving the clock on starts another round.
    /// </summary>
    public Task<int> NextRound => Volatile.Read(ref _round).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.StartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var fired = 0;
            var now = time.GetUtcNow();
            var looked = now;
            // A read first: claiming is a write (a writer turn on SQLite, a write transaction on PostgreSQL), and most
            // looks, the once-a-second one for reminders written elsewhere above all, find nothing due.
            var (read, next) = await NextDueAsync(now, stoppingToken);
            if (read && next <= now)
            {
                try
                {
                    (fired, looked) = await RoundAsync(stoppingToken);
                    if (fired > 0) logger.LogInformation("Fired {Count} reminder(s)", fired);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Due reminders could not be claimed; retrying in {Interval}", Interval);
                }
                now = time.GetUtcNow();
                (read, next) = await NextDueAsync(now, stoppingToken);
            }
            var wait = Task.Delay(read ? WaitAfterRound(fired, next, now, looked) : Interval, time, stoppingToken);
            Interlocked.Exchange(ref _round, new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(fired);
            try
            {
                await wait;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>When the earliest reminder nobody holds falls due (null: none); not read when the database failed (logged).</summary>
    private async Task<(bool Read, DateTimeOffset? Next)> NextDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            return (true, await scope.ServiceProvider.GetRequiredService<IIncidentStore>().NextReminderDueAsync(now, ct));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not read when the next reminder is due; looking again in {Interval}", Interval);
            return (false, null);
        }
    }

    /// <summary>
    /// The wait before the next round, after one that fired <paramref name="fired"/> reminders and last looked for due
    /// ones at <paramref name="looked"/>, when the earliest reminder nobody holds is due at <paramref name="next"/>. One
    /// already due that fell due after that look, or while a round that fired ran, starts the next round at once (it was
    /// measured: waiting 100 ms here made the p99 lateness ~115 ms at 5 reminders a second, as a wake-up a hair early
    /// found nothing and the reminder fell due a moment later). One that was already due when the round looked and was
    /// not fired is held up behind a claimed reminder of its incident, so look again after <see cref="Recheck"/> instead
    /// of spinning. The wait until the next one is rounded up to a whole millisecond, plus one: timers drop the fraction
    /// of a millisecond and run on a millisecond tick.
    /// </summary>
    public static TimeSpan WaitAfterRound(int fired, DateTimeOffset? next, DateTimeOffset now, DateTimeOffset looked) => next switch
    {
        { } due when due <= now => fired > 0 || due > looked ? TimeSpan.Zero : Recheck,
        { } soon when soon - now < Interval => TimeSpan.FromMilliseconds(Math.Ceiling((soon - now).TotalMilliseconds) + 1),
        _ => Interval,
    };

    /// <summary>Claims and fires incidents with due reminders until none is left; returns how many fired and when it last looked.</summary>
    private async Task<(int Fired, DateTimeOffset Looked)> RoundAsync(CancellationToken ct)
    {
        var fired = 0;
        var seen = new HashSet<Guid>();
        var looked = time.GetUtcNow();
        while (await ClaimNextAsync(looked, ct) is { } incident && seen.Add(incident))
        {
            try
            {
                var work = UnitOfWork.ForBot("", time.GetUtcNow());
                fired += await services.WithEngineAsync(work, engine => engine.FireDueAsync(work, incident, ct), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reminders of incident {Incident} could not be fired; trying again when the claim runs out ({Lease})", incident, storage.ClaimLease);
            }
            looked = time.GetUtcNow();
        }
        return (fired, looked);
    }

    private async Task<Guid?> ClaimNextAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var claimed = await scope.ServiceProvider.GetRequiredService<IIncidentStore>().ClaimIncidentsWithDueRemindersAsync(now, 1, ct);
        return claimed.Count == 0 ? null : claimed[0];
    }
}
