namespace ChatOps.Bot.Hosting;

/// <summary>Names this process in claims, so replicas sharing a database can tell their work apart.</summary>
public sealed class ReplicaIdentity
{
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
