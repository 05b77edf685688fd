using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;

namespace ChatOps.Core.Drills;

/// <summary>
/// Scores a drill from its stored times: detect, acknowledge, mitigate and resolve from the start of the drill, the
/// post-mortem from the resolution, and the observed recovery time (start to mitigation, else resolution) against the RTO.
/// </summary>
public static class DrillScorecard
{
    public const string RtoPhase = "RTO";

    public static IReadOnlyList<DrillScore> Score(Incident incident, DrillScenario? scenario)
    {
        var targets = scenario?.Targets ?? DrillTargets.None;
        var start = incident.DeclaredAt;
        var scores = new List<DrillScore>();
        foreach (var phase in DrillPhases.All)
        {
            var at = incident.DrillPhaseAt(phase);
            var from = phase == DrillPhase.PostMortem ? incident.DrillPhaseAt(DrillPhase.Resolve) : start;
            var taken = at is { } reached && from is { } origin ? reached - origin : (TimeSpan?)null;
            if (taken is null && targets.For(phase) is null && phase is DrillPhase.Acknowledge) continue;
            scores.Add(new DrillScore(DrillPhases.Title(phase), taken < TimeSpan.Zero ? TimeSpan.Zero : taken, targets.For(phase),
                phase == DrillPhase.PostMortem ? "resolution" : "start"));
        }
        if (targets.Rto is { } rto)
        {
            var restored = incident.DrillPhaseAt(DrillPhase.Mitigate) ?? incident.DrillPhaseAt(DrillPhase.Resolve);
            scores.Add(new DrillScore(RtoPhase, restored - start, rto, "start"));
        }
        return scores;
    }

    public static DrillScore? Find(IReadOnlyList<DrillScore> scores, DrillPhase phase) =>
        scores.FirstOrDefault(s => s.Phase == DrillPhases.Title(phase));

    /// <summary>The scorecard the bot posts when a drill ends.</summary>
    public static Card Card(Incident incident, DrillScenario? scenario, IReadOnlyList<DrillScore> scores)
    {
        var facts = scores.Select(s => new Fact(s.Phase == RtoPhase ? "RTO observed" : $"{s.Phase} (from {s.From})", s.Verdict)).ToList();
        facts.Add(new Fact("Gap identified", incident.DrillGap ?? "-"));
        var scored = scores.Where(s => s.Met is not null).ToList();
        var summary = scored.Count == 0
            ? "No phase had a target."
            : $"{scored.Count(s => s.Met == true)} of {scored.Count} targets met.";
        var name = scenario?.Name ?? incident.DrillScenario ?? "";
        return new Card($"{DrillRules.Tag} scorecard: {incident.Number} {name}", [summary], facts,
            $"{incident.Number} · scenario {incident.DrillScenario} · started {Clock.Format(incident.DeclaredAt)}", []);
    }
}
