using System.Diagnostics.Metrics;

namespace ChatOps.Bot.Observability;

/// <summary>What happened to incidents, counted from the engine's committed events (a rolled-back unit of work counts nothing).</summary>
public sealed class IncidentMetrics
{
    public const string Automatic = "automatic";
    public const string Manual = "manual";

    private readonly Counter<long> _declared;
    private readonly Counter<long> _resolved;
    private readonly Counter<long> _drills;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _reminders;
    private readonly Histogram<double> _lateness;

    public IncidentMetrics(IMeterFactory factory)
    {
        var meter = BotMeter.Of(factory);
        _declared = meter.CreateCounter<long>("chatops.incidents.declared", description: "Incidents declared, by severity.");
        _drills = meter.CreateCounter<long>("chatops.drills.declared", description: "Drills started, by severity (never counted as incidents).");
        _resolved = meter.CreateCounter<long>("chatops.incidents.resolved", description: "Incidents resolved, by the severity they had then.");
        _escalations = meter.CreateCounter<long>("chatops.escalations",
            description: "Escalations to the next tier, by trigger: automatic (not acknowledged in time) or manual (/incident escalate).");
        _reminders = meter.CreateCounter<long>("chatops.reminders.fired", description: "Reminders fired, by kind (StatusUpdate, Escalation, PostMortemDue, ...).");
        _lateness = meter.CreateHistogram("chatops.reminder.lateness", unit: "s",
            description: "How long after its due time a reminder fired, by kind.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = BotMeter.LatenessBuckets });
    }

    public void Declared(string severity) => _declared.Add(1, new KeyValuePair<string, object?>("severity", severity));

    public void DrillDeclared(string severity) => _drills.Add(1, new KeyValuePair<string, object?>("severity", severity));

    public void Resolved(string severity) => _resolved.Add(1, new KeyValuePair<string, object?>("severity", severity));

    public void Escalated(string severity, bool automatic) =>
        _escalations.Add(1, new KeyValuePair<string, object?>("severity", severity), new KeyValuePair<string, object?>("trigger", automatic ? Automatic : Manual));

    public void ReminderFired(string kind, TimeSpan late)
    {
        var tag = new KeyValuePair<string, object?>("kind", kind);
        _reminders.Add(1, tag);
        _lateness.Record(Math.Max(0, late.TotalSeconds), tag);
    }
}
