namespace ChatOps.Bot.Paging.PagerDuty;

/// <summary>PD-CEF <c>payload.severity</c>: how badly the affected system is hurt.</summary>
public enum PagerDutySeverity
{
    Critical,
    Error,
    Warning,
    Info,
}
