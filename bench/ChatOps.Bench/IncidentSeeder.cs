using ChatOps.Core.Incidents;

namespace ChatOps.Bench;

/// <summary>
/// Fills a database with open incidents spread evenly over the runbook's severities, through the bot's own store and
/// reminder planner, so rows and schedules are exactly what the bot would have written. Each incident is acknowledged
/// (no escalations pending) and declared one cadence before <paramref name="firstDue"/> says its first status-update
/// reminder falls due. The audiences the runbook says to tell were told when it was declared, as a commander answering
/// the bot's reminders would have done: otherwise every incident declared longer than <c>notify-within</c> ago would
/// owe a communication reminder the moment the bot starts, a flood no running bot ever has (it reminds as they fall due).
/// </summary>
public static class IncidentSeeder
{
    public const string Person = "U0SEED0001";

    public static string ChannelOf(int index) => $"CS{index:D8}";

    public static Task SeedAsync(IServiceProvider services, int count, Func<int, DateTimeOffset> firstDue) =>
        SeedAsync(services, Enumerable.Range(0, count).ToList(), firstDue);

    /// <summary>Seeds incidents number <paramref name="indexes"/> only (to add to a database seeded with others before).</summary>
    public static Task SeedAsync(IServiceProvider services, IReadOnlyList<int> indexes, Func<int, DateTimeOffset> firstDue) =>
        SeedBatches.StoreAsync(services, indexes, (runbook, i) =>
        {
            var severity = runbook.Severities[i % runbook.Severities.Count];
            var declaredAt = firstDue(i) - severity.UpdateEvery;
            var incident = Incident.Declare(1990, i + 1, $"Seeded incident {i}", severity, Person, Person, DeclareDetails.None, ChannelOf(i), $"inc-seed-{i}", declaredAt);
            incident.Acknowledge(Person, declaredAt);
            foreach (var audience in runbook.Communications.MustNotify(severity.Key))
                incident.RecordNotification(Person, audience, [new CommunicationRecord(incident.NextCommunicationId(), declaredAt, Person, audience, CommunicationVia.Chat, "CSEEDSTATUS", CommunicationState.Posted)], declaredAt);
            return incident;
        });
}
