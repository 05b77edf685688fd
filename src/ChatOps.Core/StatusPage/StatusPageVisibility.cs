using ChatOps.Core.Incidents;

namespace ChatOps.Core.StatusPage;

/// <summary>
/// The one rule of what may ever reach the status page (served or synced): never a private incident. Drills are
/// excluded here too when they come. Everything public asks this, so there is one place to change.
/// </summary>
public static class StatusPageVisibility
{
    public static bool Shows(Incident incident) => !incident.Private;

    public static string Refusal(Incident incident) =>
        $"{incident.Number} is private: private incidents never appear on the status page.";
}
