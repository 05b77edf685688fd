namespace ChatOps.Core.Drills;

/// <summary>A rehearsable scenario under the runbook's <c>drills:</c> (seed 000's three, seed 003's restore drill).</summary>
/// <param name="Severity">The severity the drill incident is declared at.</param>
/// <param name="Kind">The runbook kind it is declared as (its privacy and deadline clocks), if any.</param>
/// <param name="Announce">Whether the drill is announced like an incident; drills are not, unless the runbook says so.</param>
public sealed record DrillScenario(
    string Id,
    string Name,
    string Description,
    string Severity,
    string? Kind,
    IReadOnlyList<DrillInject> Injects,
    DrillTargets Targets,
    IReadOnlyList<string> Checklist,
    bool Announce = false);
