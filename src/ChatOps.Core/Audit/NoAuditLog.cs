using ChatOps.Core.Ports;

namespace ChatOps.Core.Audit;

/// <summary>The audit log of an engine built without one: keeps nothing.</summary>
public sealed class NoAuditLog : IAuditLog
{
    public static readonly NoAuditLog Instance = new();

    public void Add(AuditEntry entry)
    {
    }

    public Task SaveAsync(CancellationToken ct) => Task.CompletedTask;

    public Task SaveAfterFailureAsync(CancellationToken ct) => Task.CompletedTask;

    public Task<IReadOnlyList<AuditEntry>> LatestAsync(string? incidentNumber, int count, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([]);
}
