using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// Names this process in outbox claims, so replicas sharing a database can tell their work apart: the replica's
/// name (<c>Storage__ReplicaName</c>), then the process, unique per run.
/// </summary>
public sealed class ReplicaIdentity(StorageOptions storage)
{
    public string Id { get; } = $"{storage.ReplicaName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
