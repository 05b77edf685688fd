using ChatOps.Core.Incidents;

namespace ChatOps.Core.Learning;

/// <summary>
/// Which incidents count in the incident figures (reports' MTTD, MTTR, shares, severity accuracy) and in service
/// credits: the one rule, so reports and credits agree. False alarms are left out (and counted apart).
/// </summary>
public static class IncidentFigures
{
    public static bool Counts(Incident incident) => !incident.FalseAlarm && !incident.IsDrill;
}
