using ChatOps.Core.Drills;

namespace ChatOps.Core.Incidents;

/// <summary>
/// A drill (<c>/incident drill start</c>): an incident that rehearses a runbook scenario. It never pages, is not
/// announced unless the runbook says so, and is left out of metrics and the status page. Its phases are timed and it
/// ends with a scorecard, which needs the gap the team found.
/// </summary>
public sealed partial class Incident
{
    private List<DrillMark> _drillMarks = [];
    private List<int> _drillInjects = [];

    /// <summary>Whether this is a rehearsal, not a real incident: metrics, the status page and paging leave it out.</summary>
    public bool IsDrill { get; private set; }

    /// <summary>The id of the runbook scenario a drill rehearses.</summary>
    public string? DrillScenario { get; private set; }

    /// <summary>The one gap the team found (seed 000: a drill ends only with one).</summary>
    public string? DrillGap { get; private set; }

    /// <summary>When the drill was scored and logged.</summary>
    public DateTimeOffset? DrillEndedAt { get; private set; }

    public IReadOnlyList<DrillMark> DrillMarks => _drillMarks;

    /// <summary>The scenario's injects (by position) already posted.</summary>
    public IReadOnlyList<int> DrillInjectsPosted => _drillInjects;

    /// <summary>Makes a just-declared incident the drill of <paramref name="scenario"/>.</summary>
    public void StartDrill(string actor, DrillScenario scenario, DateTimeOffset now)
    {
        if (IsDrill) throw new IncidentRuleException($"{Number} is already a drill of {DrillScenario}.");
        IsDrill = true;
        DrillScenario = scenario.Id;
        Record(now, actor, "drill", $"DRILL of scenario {scenario.Id} ({scenario.Name}) started; nobody is paged");
    }

    /// <summary>Marks when a phase was reached (a detection nobody else can see, or a correction of what the bot observed).</summary>
    public void MarkDrillPhase(string actor, DrillPhase phase, DateTimeOffset at, DateTimeOffset now)
    {
        RequireOpenDrill("mark a phase of");
        if (at > now) throw new IncidentRuleException($"{Clock.Format(at)} is in the future; mark a phase when it happens, or give a past time.");
        if (at < DeclaredAt) throw new IncidentRuleException($"The drill started at {Clock.Format(DeclaredAt)}; a phase cannot be reached before that.");
        _drillMarks.RemoveAll(m => m.Phase == phase);
        _drillMarks.Add(new DrillMark(phase, at, actor));
        AddParticipant(actor);
        Record(now, actor, "drill-mark", $"Marked {DrillPhases.MarkKey(phase)} at {Clock.Format(at)}");
    }

    public void SetDrillGap(string actor, string gap, DateTimeOffset now)
    {
        RequireOpenDrill("name the gap of");
        gap = RequireText(gap, "/incident drill gap <the one gap found: a broken alert, a missing runbook entry, unclear ownership>");
        DrillGap = gap;
        AddParticipant(actor);
        Record(now, actor, "drill-gap", $"Gap identified: {gap}");
    }

    /// <summary>Ends the drill for its scorecard and log row: it needs the gap, and a resolution to time it against.</summary>
    public void EndDrill(string actor, DateTimeOffset now)
    {
        RequireOpenDrill("end");
        if (DrillGap is null)
            throw new IncidentRuleException($"{Number} cannot end without the gap the drill found (seed 000: identify ONE gap). Name it with /incident drill gap <text>, then end it.");
        if (ResolvedAt is null)
            throw new IncidentRuleException($"{Number} is still {Status.ToString().ToLowerInvariant()}; resolve the drill first with /incident resolve, then /incident drill end.");
        DrillEndedAt = now;
        Record(now, actor, "drill-end", "DRILL ended and scored");
    }

    /// <summary>When a phase was reached: as marked, else as observed (detection falls back to the acknowledgement).</summary>
    public DateTimeOffset? DrillPhaseAt(DrillPhase phase) =>
        _drillMarks.FirstOrDefault(m => m.Phase == phase)?.At ?? phase switch
        {
            DrillPhase.Detect => AcknowledgedAt,
            DrillPhase.Acknowledge => AcknowledgedAt,
            DrillPhase.Mitigate => MitigatedAt,
            DrillPhase.Resolve => ResolvedAt,
            _ => PostMortemDoneAt,
        };

    public void RecordDrillInject(int index, DateTimeOffset now)
    {
        if (!_drillInjects.Contains(index)) _drillInjects.Add(index);
        Record(now, BotActor, "drill-inject", $"Inject {index + 1} posted");
    }

    private void RequireOpenDrill(string verb)
    {
        if (!IsDrill) throw new IncidentRuleException($"{Number} is not a drill; start one with /incident drill start <scenario>.");
        if (DrillEndedAt is { } ended) throw new IncidentRuleException($"Cannot {verb} {Number}: the drill ended at {Clock.Format(ended)}.");
    }
}
