namespace ChatOps.Bot.Hosting;

/// <summary>Fires due reminders and escalations once a second, and at start whatever fell due while the bot was down.</summary>
public sealed class ReminderWorker(IServiceProvider services, TimeProvider time, ILogger<ReminderWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var fired = await services.WithEngineAsync(engine => engine.FireDueAsync(stoppingToken), stoppingToken);
                if (fired > 0) logger.LogInformation("Fired {Count} reminder(s)", fired);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Firing reminders failed; retrying in {Interval}", Interval);
            }
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
