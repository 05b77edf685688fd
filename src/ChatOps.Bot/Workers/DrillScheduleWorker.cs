using ChatOps.Bot.Engine;
using ChatOps.Core.Engine;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Workers;

/// <summary>
/// Reminds drill owners when a scheduled drill falls due (see <see cref="Core.Drills.DrillScheduling"/>): it looks once
/// a minute, from the schedule's stored state, so a drill that fell due while the bot was down is reminded when it is back.
/// The first look happens while the host starts (it records a new schedule's state then, not in the middle of the
/// host's work). Does nothing when the runbook schedules no drills.
/// </summary>
public sealed class DrillScheduleWorker(IServiceProvider services, Runbook runbook, TimeProvider time, ILogger<DrillScheduleWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>The wait before the second look, started with the first (ExecuteAsync may begin later, on another thread).</summary>
    private Task _firstWait = Task.CompletedTask;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (runbook.Drills.Schedules.Count > 0)
        {
            await RoundAsync(cancellationToken);
            _firstWait = Task.Delay(Interval, time, CancellationToken.None);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (runbook.Drills.Schedules.Count == 0) return;
        var wait = _firstWait;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await wait.WaitAsync(stoppingToken);
                wait = Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RoundAsync(stoppingToken);
        }
    }

    private async Task RoundAsync(CancellationToken ct)
    {
        try
        {
            var work = UnitOfWork.ForBot("", time.GetUtcNow());
            // The time is read again inside the unit of work: a round woken while the clock is being moved on (it waits
            // for the engine gate) sees where the clock arrived, not the moment its timer fired.
            var sent = await services.WithEngineAsync(work, engine => engine.FireDrillSchedulesAsync(work with { At = time.GetUtcNow() }, ct), ct);
            if (sent > 0) logger.LogInformation("Reminded {Count} drill owner(s) of a drill due", sent);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Drill schedules could not be checked; trying again in {Interval}", Interval);
        }
    }
}
