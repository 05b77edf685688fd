using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Communications;

/// <summary>
/// The one place that says whether a communication requirement was met, so every kind of requirement is judged the same
/// way by the reminders, the reader and the card.
/// </summary>
public static class CommunicationRequirements
{
    /// <summary>Whether <paramref name="requirement"/> has been met for <paramref name="incident"/> (at any time in its life).</summary>
    public static bool IsMet(Incident incident, CommsRequirement requirement) => requirement.Kind switch
    {
        CommsRequirementKind.Audience => incident.WasTold(requirement.Audience!),
        // The runbook reader admits this kind only when the runbook has a status page to publish to.
        CommsRequirementKind.StatusPage => incident.WasPublished,
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement.Kind, "Unknown kind of communication requirement."),
    };

    /// <summary>What <paramref name="trigger"/> still requires of <paramref name="incident"/>.</summary>
    public static IReadOnlyList<CommsRequirement> Unmet(Incident incident, CommunicationTrigger trigger) =>
        trigger.Requires.Where(r => !IsMet(incident, r)).ToList();

    /// <summary>The audiences the incident's severity must tell that have not been told.</summary>
    public static IReadOnlyList<string> Untold(Incident incident, Runbook runbook) =>
        runbook.Communications.MustNotify(incident.SeverityKey).Where(a => !IsMet(incident, CommsRequirement.Told(a))).ToList();
}
