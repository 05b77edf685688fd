using ChatOps.Core.Time;

namespace ChatOps.Core.Drills;

/// <summary>One line of a drill's scorecard: how long a phase took against its target.</summary>
/// <param name="Taken">How long it took; null when the phase was never reached.</param>
/// <param name="From">What it is counted from (<c>start</c>, <c>resolution</c>).</param>
public sealed record DrillScore(string Phase, TimeSpan? Taken, TimeSpan? Target, string From)
{
    /// <summary>True when met, false when missed (or never reached), null when the phase has no target.</summary>
    public bool? Met => Target is not { } target ? null : Taken is { } taken && taken <= target;

    /// <summary>"met: 4m (target 5m)", "MISSED by 3m: 18m (target 15m)", "not reached (target 24h)", "12m (no target)".</summary>
    public string Verdict => (Taken, Target) switch
    {
        (null, null) => "not reached (no target)",
        (null, { } target) => $"MISSED: not reached (target {DurationText.Format(target)})",
        ({ } taken, null) => $"{DurationText.Approximate(taken)} (no target)",
        ({ } taken, { } target) when taken <= target => $"met: {DurationText.Approximate(taken)} (target {DurationText.Format(target)})",
        ({ } taken, { } target) => $"MISSED by {DurationText.Approximate(taken - target)}: {DurationText.Approximate(taken)} (target {DurationText.Format(target)})",
    };
}
