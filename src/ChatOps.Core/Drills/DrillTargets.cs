namespace ChatOps.Core.Drills;

/// <summary>
/// How long each phase may take: detect, acknowledge, mitigate and resolve count from the start of the drill, the
/// post-mortem from the resolution, and the recovery time objective (RTO) from the start until service was restored
/// (mitigated, else resolved). A phase without a target is timed but not scored.
/// </summary>
public sealed record DrillTargets(IReadOnlyDictionary<DrillPhase, TimeSpan> Phases, TimeSpan? Rto = null)
{
    public static readonly DrillTargets None = new(new Dictionary<DrillPhase, TimeSpan>());

    public TimeSpan? For(DrillPhase phase) => Phases.TryGetValue(phase, out var target) ? target : null;
}
