namespace ChatOps.Core.Drills;

/// <summary>The timed phases of a drill (seed 000): each is scored against its target in the scorecard.</summary>
public enum DrillPhase
{
    Detect,
    Acknowledge,
    Mitigate,
    Resolve,
    PostMortem,
}

/// <summary>How phases are written in runbooks and commands, and read back.</summary>
public static class DrillPhases
{
    public static readonly IReadOnlyList<DrillPhase> All = Enum.GetValues<DrillPhase>();

    /// <summary>The word in <c>targets:</c> (<c>detect</c>, <c>post-mortem</c>).</summary>
    public static string TargetKey(DrillPhase phase) => phase switch
    {
        DrillPhase.Detect => "detect",
        DrillPhase.Acknowledge => "acknowledge",
        DrillPhase.Mitigate => "mitigate",
        DrillPhase.Resolve => "resolve",
        _ => "post-mortem",
    };

    /// <summary>The word in <c>/incident drill mark</c> and an inject's <c>on:</c> (<c>detected</c>, <c>post-mortem</c>).</summary>
    public static string MarkKey(DrillPhase phase) => phase switch
    {
        DrillPhase.Detect => "detected",
        DrillPhase.Acknowledge => "acknowledged",
        DrillPhase.Mitigate => "mitigated",
        DrillPhase.Resolve => "resolved",
        _ => "post-mortem",
    };

    public static string Title(DrillPhase phase) => phase switch
    {
        DrillPhase.Detect => "Detect",
        DrillPhase.Acknowledge => "Acknowledge",
        DrillPhase.Mitigate => "Mitigate",
        DrillPhase.Resolve => "Resolve",
        _ => "Post-mortem",
    };

    /// <summary>Reads a phase as written in a mark or a target, in either form (<c>detect</c> or <c>detected</c>, <c>postmortem</c>).</summary>
    public static DrillPhase? Read(string? text)
    {
        var word = (text ?? "").Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
        foreach (var phase in All)
            if (word == TargetKey(phase).Replace("-", "", StringComparison.Ordinal) || word == MarkKey(phase).Replace("-", "", StringComparison.Ordinal))
                return phase;
        return word == "ack" ? DrillPhase.Acknowledge : null;
    }

    public static string MarkKeys => string.Join("|", All.Select(MarkKey));
}
