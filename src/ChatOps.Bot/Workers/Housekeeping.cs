using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Protocol;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Workers;

/// <summary>
/// Once an hour, forgets what is no longer needed: intents processed more than <see cref="Keep"/> ago (platform
/// retries come within minutes) and delivered effects as old, except channel creations, which map a channel to its
/// incident's delivery queue for as long as the incident lives. Parked effects stay until someone looks at them.
/// </summary>
public sealed class Housekeeping(IServiceProvider services, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<Housekeeping> logger) : BackgroundService
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(7);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.StartedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PurgeAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Housekeeping failed; trying again in {Interval}", Interval);
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

    /// <summary>Deletes what was finished more than <see cref="Keep"/> before <paramref name="now"/>; returns how many rows.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now - Keep;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
        var writes = scope.ServiceProvider.GetRequiredService<SqliteWriteGate>();
        var intents = await writes.RunAsync(() => db.Inbox.Where(r => r.ProcessedAt != null && r.ProcessedAt < before).ExecuteDeleteAsync(ct), ct);
        var effects = await writes.RunAsync(() => db.Outbox()
            .Where(e => e.Status == EffectStatus.Delivered && e.Kind != EffectKind.CreateChannel && e.DeliveredAt < before)
            .ExecuteDeleteAsync(ct), ct);
        if (intents + effects > 0) logger.LogInformation("Forgot {Intents} processed intent(s) and {Effects} delivered effect(s) older than {Keep}", intents, effects, Keep);
        return intents + effects;
    }
}
