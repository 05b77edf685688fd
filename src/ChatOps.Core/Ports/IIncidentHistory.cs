using ChatOps.Core.Incidents;

namespace ChatOps.Core.Ports;

/// <summary>
/// Past incidents for reports, service credits and follow-ups across incidents, filtered where they are stored (by
/// period, by open action items) so a report never loads every incident ever declared.
/// </summary>
public interface IIncidentHistory
{
    /// <summary>Incidents declared in [<paramref name="from"/>, <paramref name="to"/>), oldest first.</summary>
    Task<IReadOnlyList<Incident>> DeclaredBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>
    /// Incidents whose impact (from when they began until mitigated, or still going) may touch [<paramref name="from"/>,
    /// <paramref name="to"/>): at least those; the caller clips each window exactly.
    /// </summary>
    Task<IReadOnlyList<Incident>> ImpactTouchingAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>Incidents with at least one action item not yet done, oldest first.</summary>
    Task<IReadOnlyList<Incident>> WithOpenActionsAsync(CancellationToken ct);
}
