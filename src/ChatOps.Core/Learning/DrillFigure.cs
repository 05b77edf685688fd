using ChatOps.Core.Drills;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Learning;

/// <summary>
/// The drills of a report's period, shown apart from the incident figures: how many were run, how many ended with a
/// scorecard, and of the ended drills' phases that have a target (RTO included), how many were met.
/// </summary>
public sealed record DrillFigure(int Drills, int Ended, ShareFigure Targets)
{
    public static DrillFigure Of(IEnumerable<Incident> selected, Runbook runbook)
    {
        var drills = selected.Where(i => i.IsDrill).ToList();
        var ended = drills.Where(i => i.DrillEndedAt is not null).ToList();
        var verdicts = ended.SelectMany(i => DrillScorecard.Score(i, runbook.Drills.Find(i.DrillScenario)))
            .Select(s => s.Met).OfType<bool>().ToList();
        return new DrillFigure(drills.Count, ended.Count, new ShareFigure(verdicts.Count(met => met), verdicts.Count));
    }
}
