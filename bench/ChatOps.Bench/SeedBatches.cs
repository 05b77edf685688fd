using ChatOps.Bot.Persistence;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bench;

/// <summary>
/// Writes seeded incidents through the bot's own store and reminder planner, 500 to a transaction, so rows and schedules
/// are exactly what the bot would have written. <paramref name="make"/> builds incident number i.
/// </summary>
public static class SeedBatches
{
    private const int Batch = 500;

    public static async Task StoreAsync(IServiceProvider services, int count, Func<Runbook, int, Incident> make)
    {
        var runbook = services.GetRequiredService<Runbook>();
        for (var start = 0; start < count; start += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
            var store = scope.ServiceProvider.GetRequiredService<IIncidentStore>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = start; i < Math.Min(count, start + Batch); i++)
            {
                var incident = make(runbook, i);
                await store.SaveAsync(incident, ReminderPlanner.Plan(incident, runbook), CancellationToken.None);
            }
            await transaction.CommitAsync();
        }
    }
}
