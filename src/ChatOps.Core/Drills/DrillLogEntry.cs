namespace ChatOps.Core.Drills;

/// <summary>A row of the drill log (seed 000's table): when, who ran it, the scenario, the timed phases and the gap.</summary>
public sealed record DrillLogEntry(
    string Incident,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    string Operator,
    string Scenario,
    string ScenarioName,
    TimeSpan? Detect,
    TimeSpan? DetectTarget,
    TimeSpan? Mitigate,
    TimeSpan? MitigateTarget,
    TimeSpan? PostMortem,
    TimeSpan? PostMortemTarget,
    TimeSpan? Rto,
    TimeSpan? RtoTarget,
    string Gap)
{
    public long Id { get; init; }

    public static DrillLogEntry From(Incidents.Incident incident, DrillScenario? scenario, IReadOnlyList<DrillScore> scores, DateTimeOffset now)
    {
        var detect = DrillScorecard.Find(scores, DrillPhase.Detect);
        var mitigate = DrillScorecard.Find(scores, DrillPhase.Mitigate);
        var postMortem = DrillScorecard.Find(scores, DrillPhase.PostMortem);
        var rto = scores.FirstOrDefault(s => s.Phase == DrillScorecard.RtoPhase);
        return new DrillLogEntry(incident.Number, incident.DeclaredAt, now, incident.Commander, incident.DrillScenario ?? "", scenario?.Name ?? incident.DrillScenario ?? "",
            detect?.Taken, detect?.Target, mitigate?.Taken, mitigate?.Target, postMortem?.Taken, postMortem?.Target, rto?.Taken, rto?.Target, incident.DrillGap ?? "");
    }
}
