using ChatOps.Core.Audit;
using ChatOps.Core.Ports;

namespace ChatOps.Core.Tests.Support;

/// <summary>Audit entries in memory: added ones are pending until the unit of work saves them.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _pending = [];

    public List<AuditEntry> Saved { get; } = [];

    public void Add(AuditEntry entry) => _pending.Add(entry);

    public Task SaveAsync(CancellationToken ct)
    {
        Saved.AddRange(_pending);
        _pending.Clear();
        return Task.CompletedTask;
    }

    public Task SaveAfterFailureAsync(CancellationToken ct) => SaveAsync(ct);

    public Task<IReadOnlyList<AuditEntry>> LatestAsync(string? incidentNumber, int count, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(Saved
            .Where(e => incidentNumber is null || string.Equals(e.IncidentNumber, incidentNumber, StringComparison.OrdinalIgnoreCase))
            .TakeLast(count)
            .ToList());
}
