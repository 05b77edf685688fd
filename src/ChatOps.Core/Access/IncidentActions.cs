namespace ChatOps.Core.Access;

/// <summary>How each <see cref="IncidentAction"/> is written in a runbook and named in a refusal.</summary>
public static class IncidentActions
{
    public static readonly IReadOnlyList<IncidentAction> All = Enum.GetValues<IncidentAction>();

    /// <summary>The key under <c>access:</c>: <c>declare</c>, <c>acknowledge</c>, ..., <c>notified</c>.</summary>
    public static string Key(IncidentAction action) => action.ToString().ToLowerInvariant();

    /// <summary>What the person was not allowed to do, completed by the incident's number where there is one.</summary>
    public static string Verb(IncidentAction action) => action switch
    {
        IncidentAction.Declare => "declare incidents",
        IncidentAction.Acknowledge => "acknowledge",
        IncidentAction.Update => "post status updates to",
        IncidentAction.Severity => "change the severity of",
        IncidentAction.Role => "assign roles in",
        IncidentAction.Triage => "triage",
        IncidentAction.Escalate => "escalate",
        IncidentAction.Note => "add notes to",
        IncidentAction.Resolve => "resolve",
        IncidentAction.Close => "close",
        IncidentAction.Notified => "stop the deadline clocks of",
        _ => action.ToString().ToLowerInvariant(),
    };
}
