namespace ChatOps.Bot.Hosting;

/// <summary>
/// Fires due reminders and escalations once a second, and at start whatever fell due while the bot was down. With
/// several replicas each fires only the incidents it claimed (see <see cref="Persistence.Claims.ClaimQueues.Reminders"/>).
/// </summary>
public sealed class ReminderWorker(IServiceProvider services, TimeProvider time, ILogger<ReminderWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private TaskCompletionSource<int> _round = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes when the current or next round ends, with how many reminders it fired. By then the wait for the
    /// following round has started, so moving the clock on starts another round.
    /// </summary>
    public Task<int> NextRound => Volatile.Read(ref _round).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var fired = 0;
            try
            {
                fired = await services.WithEngineAsync(engine => engine.FireDueAsync(stoppingToken), stoppingToken);
                if (fired > 0) logger.LogInformation("Fired {Count} reminder(s)", fired);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Firing reminders failed; retrying in {Interval}", Interval);
            }
            var wait = Task.Delay(Interval, time, stoppingToken);
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
}
