using ChatOps.Core.Incidents;

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

    public static string ChannelOf(int index) => $"CS{index:D8}";

    public static Task SeedAsync(IServiceProvider services, int count, Func<int, DateTimeOffset> firstDue) =>
        SeedBatches.StoreAsync(services, count, (runbook, i) =>
        {
            var severity = runbook.Severities[i % runbook.Severities.Count];
            var declaredAt = firstDue(i) - severity.UpdateEvery;
            var incident = Incident.Declare(1990, i + 1, $"Seeded incident {i}", severity, Person, Person, DeclareDetails.None, ChannelOf(i), $"inc-seed-{i}", declaredAt);
            incident.Acknowledge(Person, declaredAt);
            return incident;
        });
}
