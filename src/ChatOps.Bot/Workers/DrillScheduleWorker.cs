using ChatOps.Bot.Engine;
using ChatOps.Core.Engine;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Workers;

/// <summary>
/// Reminds drill owners when a scheduled drill falls due (see <see cref="Core.Drills.DrillScheduling"/>): it looks once
/// a minute, from the schedule's stored state, so a drill that fell due while the bot was down is reminded when it is back.
/// Does nothing when the runbook schedules no drills.
/// </summary>
public sealed class DrillScheduleWorker(IServiceProvider services, Runbook runbook, TimeProvider time, ILogger<DrillScheduleWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (runbook.Drills.Schedules.Count == 0) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var work = UnitOfWork.ForBot("", time.GetUtcNow());
                var sent = await services.WithEngineAsync(work, engine => engine.FireDrillSchedulesAsync(work, stoppingToken), stoppingToken);
                if (sent > 0) logger.LogInformation("Reminded {Count} drill owner(s) of a drill due", sent);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Drill schedules could not be checked; trying again in {Interval}", Interval);
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
