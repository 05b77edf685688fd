namespace ChatOps.Core.Engine;

/// <summary>Which incident a command works on.</summary>
public enum CommandTarget
{
    /// <summary>None: it runs anywhere (declare, list, help, audit).</summary>
    None,

    /// <summary>The incident a button or form names, else the incident whose channel it was run in; refused elsewhere.</summary>
    Incident,

    /// <summary>The channel's incident when there is one; it runs without one too (status lists incidents then).</summary>
    IncidentIfAny,
}
