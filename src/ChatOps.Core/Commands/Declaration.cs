using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Commands;

/// <summary>
/// What opening an incident takes besides the unit of work (see <see cref="Declare.OpenAsync"/>): shared by the declare
/// command and declarations made from alerts.
/// </summary>
/// <param name="Started">When it began, if known; never after <paramref name="Detected"/>.</param>
/// <param name="Detected">When it was noticed, if known; never after the declaration.</param>
/// <param name="Declarer">The person who declares, or the monitoring source (<c>alertmanager</c>) that did.</param>
/// <param name="ByPerson">
/// False when <paramref name="Declarer"/> is a monitoring source: nobody to invite, and when the runbook makes the
/// declarer commander, the first person the severity (or kind) invites commands instead.
/// </param>
/// <param name="Drill">The scenario when this declares a drill (<c>/incident drill start</c>).</param>
internal sealed record Declaration(
    Severity Severity,
    string Title,
    DeclareDetails Details,
    IncidentKind? Kind,
    DateTimeOffset? Started,
    DateTimeOffset? Detected,
    string Declarer,
    bool ByPerson = true,
    Drills.DrillScenario? Drill = null);
