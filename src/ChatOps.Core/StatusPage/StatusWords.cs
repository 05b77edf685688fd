namespace ChatOps.Core.StatusPage;

/// <summary>The wire and display words of <see cref="PublicStatus"/> and <see cref="ComponentStatus"/>, as Statuspage spells them.</summary>
public static class StatusWords
{
    public const string PublicStatuses = "investigating, identified, monitoring or resolved";
    public const string Impacts = "degraded_performance, partial_outage, major_outage or under_maintenance";
    public const string ComponentStatuses = "operational, " + Impacts;

    public static string Of(PublicStatus status) => status.ToString().ToLowerInvariant();

    public static string Of(ComponentStatus status) => status switch
    {
        ComponentStatus.Operational => "operational",
        ComponentStatus.UnderMaintenance => "under_maintenance",
        ComponentStatus.DegradedPerformance => "degraded_performance",
        ComponentStatus.PartialOutage => "partial_outage",
        _ => "major_outage",
    };

    /// <summary>"Partial outage": for people.</summary>
    public static string Label(ComponentStatus status) => status switch
    {
        ComponentStatus.Operational => "Operational",
        ComponentStatus.UnderMaintenance => "Under maintenance",
        ComponentStatus.DegradedPerformance => "Degraded performance",
        ComponentStatus.PartialOutage => "Partial outage",
        _ => "Major outage",
    };

    public static string Label(PublicStatus status) => status.ToString();

    public static bool TryParse(string text, out PublicStatus status)
    {
        foreach (var value in Enum.GetValues<PublicStatus>())
        {
            if (!string.Equals(Of(value), text.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            status = value;
            return true;
        }
        status = default;
        return false;
    }

    /// <summary>Reads <c>partial_outage</c>, <c>partial-outage</c> or <c>partial outage</c>.</summary>
    public static bool TryParse(string text, out ComponentStatus status)
    {
        var word = text.Trim().Replace('-', '_').Replace(' ', '_');
        foreach (var value in Enum.GetValues<ComponentStatus>())
        {
            if (!string.Equals(Of(value), word, StringComparison.OrdinalIgnoreCase)) continue;
            status = value;
            return true;
        }
        status = default;
        return false;
    }

    /// <summary>Statuspage's incident <c>impact</c> from the worst component status: none, minor, major or critical.</summary>
    public static string ImpactOf(ComponentStatus worst) => worst switch
    {
        ComponentStatus.MajorOutage => "critical",
        ComponentStatus.PartialOutage => "major",
        ComponentStatus.DegradedPerformance => "minor",
        ComponentStatus.UnderMaintenance => "maintenance",
        _ => "none",
    };
}
