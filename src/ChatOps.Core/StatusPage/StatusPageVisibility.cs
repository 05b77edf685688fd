using ChatOps.Core.Incidents;

namespace ChatOps.Core.StatusPage;

/// <summary>
/// The one rule of what may ever reach the status page (served or synced): never a private incident, never a drill.
/// Everything public asks this, so there is one place to change.
/// </summary>
public static class StatusPageVisibility
{
    public static bool Shows(Incident incident) => !incident.Private && !incident.IsDrill;

    public static string Refusal(Incident incident) => incident.IsDrill
        ? $"{incident.Number} is a drill: drills never appear on the status page (customers would read a rehearsal as an outage)."
        : $"{incident.Number} is private: private incidents never appear on the status page.";
}
