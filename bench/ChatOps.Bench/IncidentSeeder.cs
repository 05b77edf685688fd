using ChatOps.Bot.Persistence;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bench;

/// <summary>
/// Fills a database with open incidents spread evenly over the runbook's severities, through the bot's own store and
/// reminder planner, so rows and schedules are exactly what the bot would have written. Each incident is acknowledged
/// (no escalations pending) and declared one cadence before <paramref name="firstDue"/> says its first status-update
/// reminder falls due.
/// </summary>
public static class IncidentSeeder
{
    public const string Person = "U0SEED0001";
    private const int Batch = 500;

    public static string ChannelOf(int index) => $"CS{index:D8}";

    public static async Task SeedAsync(IServiceProvider services, int count, Func<int, DateTimeOffset> firstDue)
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
                var severity = runbook.Severities[i % runbook.Severities.Count];
                var declaredAt = firstDue(i) - severity.UpdateEvery;
                var incident = Incident.Declare(1990, i + 1, $"Seeded incident {i}", severity, Person, Person, DeclareDetails.None, ChannelOf(i), $"inc-seed-{i}", declaredAt);
                incident.Acknowledge(Person, declaredAt);
                await store.SaveAsync(incident, ReminderPlanner.Plan(incident, runbook), CancellationToken.None);
            }
            await transaction.CommitAsync();
        }
    }
}
