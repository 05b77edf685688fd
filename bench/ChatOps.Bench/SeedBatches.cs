using System.Diagnostics;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bench;

/// <summary>
/// Writes seeded incidents with the bot's own EF mapping and reminder planner, so rows and schedules are what the
/// bot's store would have written (<c>EfIncidentStore.SaveAsync</c> of a new incident: the incident and one row per
/// planned reminder), 1,000 incidents to one save and one transaction. Seeding runs before the host starts, so no
/// other writer is about. <paramref name="make"/> builds incident number i; a line says how far seeding got every
/// 10,000 incidents.
/// </summary>
public static class SeedBatches
{
    private const int Batch = 1_000;
    private const int ReportEvery = 10_000;

    public static Task StoreAsync(IServiceProvider services, int count, Func<Runbook, int, Incident> make) =>
        StoreAsync(services, Enumerable.Range(0, count).ToList(), make);

    /// <summary>Seeds incidents number <paramref name="indexes"/> (each index once; an index names the incident, its channel and sequence).</summary>
    public static async Task StoreAsync(IServiceProvider services, IReadOnlyList<int> indexes, Func<Runbook, int, Incident> make)
    {
        var runbook = services.GetRequiredService<Runbook>();
        var clock = Stopwatch.StartNew();
        var count = indexes.Count;
        for (var start = 0; start < count; start += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            var end = Math.Min(count, start + Batch);
            for (var n = start; n < end; n++)
            {
                var incident = make(runbook, indexes[n]);
                db.Incidents.Add(incident);
                db.Reminders.AddRange(ReminderPlanner.Plan(incident, runbook).Select(r => new ReminderRow { IncidentId = r.IncidentId, Kind = r.Kind, DueAt = r.DueAt, Tier = r.Tier, Clock = r.Clock }));
            }
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            if (end % ReportEvery == 0 && end < count) Console.WriteLine($"    seeded {end} of {count} incidents ({clock.Elapsed.TotalSeconds:0} s)");
        }
    }
}
