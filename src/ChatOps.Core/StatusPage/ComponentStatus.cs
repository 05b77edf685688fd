namespace ChatOps.Core.StatusPage;

/// <summary>
/// A component's state, as Statuspage names them (<c>operational</c>, <c>degraded_performance</c>, ...). Declared from
/// the least to the most severe, so the worst of several is the largest.
/// </summary>
public enum ComponentStatus
{
    Operational,
    UnderMaintenance,
    DegradedPerformance,
    PartialOutage,
    MajorOutage,
}
