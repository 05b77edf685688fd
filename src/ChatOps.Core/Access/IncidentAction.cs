namespace ChatOps.Core.Access;

/// <summary>The state-changing things a person can do to incidents, each governed by a rule under the runbook's <c>access:</c>.</summary>
public enum IncidentAction
{
    Declare,
    Acknowledge,
    Update,
    Severity,
    Role,
    Triage,
    Escalate,
    Note,
    Resolve,
    Close,
    Notified,
}
