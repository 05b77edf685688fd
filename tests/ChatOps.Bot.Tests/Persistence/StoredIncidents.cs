using ChatOps.Bot.Runbooks;
using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>Incidents built by the aggregate and saved through the store, as the engine saves them.</summary>
public static class StoredIncidents
{
    public static readonly Runbook Runbook = RunbookSource.LoadEmbedded().Runbook!;

    public static Incident New(int sequence, string severity = "P0", DateTimeOffset? at = null, bool isPrivate = false, string? channelId = null) =>
        Incident.Declare(2026, sequence, $"Incident {sequence}", Runbook.FindSeverity(severity)!, "alice", "alice",
            new DeclareDetails("payments-api", "Checkout fails", "500s from /pay", isPrivate), channelId ?? $"C{sequence:0000000000}", $"inc-2026-{sequence:000}", at ?? StorageReplica.Start);

    /// <summary>Saves the incident with its reminder plan, as the engine does.</summary>
    public static Task SaveAsync(this StorageReplica replica, Incident incident) =>
        replica.StoreAsync(store => store.SaveAsync(incident, ReminderPlanner.Plan(incident, Runbook), CancellationToken.None));

    /// <summary>Loads the incident, changes it and saves it with a fresh plan in one unit of work, as the engine does.</summary>
    public static Task ChangeAsync(this StorageReplica replica, Guid id, Action<Incident> change) =>
        replica.StoreAsync(async store =>
        {
            var incident = (await store.FindAsync(id, CancellationToken.None))!;
            change(incident);
            await store.SaveAsync(incident, ReminderPlanner.Plan(incident, Runbook), CancellationToken.None);
        });

    /// <summary>Saves <paramref name="count"/> new P0 incidents declared at <see cref="StorageReplica.Start"/>.</summary>
    public static async Task<List<Incident>> SaveManyAsync(this StorageReplica replica, int count)
    {
        var incidents = Enumerable.Range(1, count).Select(n => New(n)).ToList();
        foreach (var incident in incidents) await replica.SaveAsync(incident);
        return incidents;
    }
}
