using ChatOps.Core.Audit;

namespace ChatOps.Core.Ports;

/// <summary>
/// The audit log of every command and button press. Entries join the unit of work: one added before an incident is
/// saved is stored in the same transaction as the change.
/// </summary>
public interface IAuditLog
{
    /// <summary>Adds the entry to the unit of work; later changes to it (denied, failed) are stored with it.</summary>
    void Add(AuditEntry entry);

    /// <summary>Stores the entries with the unit of work (in its transaction, where it has one).</summary>
    Task SaveAsync(CancellationToken ct);

    /// <summary>
    /// The unit of work failed and is undone; its entries (now marked failed) are stored anyway, on their own, and
    /// nothing else it changed.
    /// </summary>
    Task SaveAfterFailureAsync(CancellationToken ct);

    /// <summary>The latest <paramref name="count"/> entries, about one incident or all, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> LatestAsync(string? incidentNumber, int count, CancellationToken ct);
}
