namespace ChatOps.Bot.Persistence;

/// <summary>A drill log row as stored (see <see cref="Core.Drills.DrillLogEntry"/>): durations in ticks, targets beside them.</summary>
public sealed class DrillLogRow
{
    public long Id { get; set; }
    public string Incident { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset EndedAt { get; set; }
    public string Operator { get; set; } = "";
    public string Scenario { get; set; } = "";
    public string ScenarioName { get; set; } = "";
    public long? DetectTicks { get; set; }
    public long? DetectTargetTicks { get; set; }
    public long? MitigateTicks { get; set; }
    public long? MitigateTargetTicks { get; set; }
    public long? PostMortemTicks { get; set; }
    public long? PostMortemTargetTicks { get; set; }
    public long? RtoTicks { get; set; }
    public long? RtoTargetTicks { get; set; }
    public string Gap { get; set; } = "";
}
