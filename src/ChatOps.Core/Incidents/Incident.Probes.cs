using ChatOps.Core.Probes;

namespace ChatOps.Core.Incidents;

/// <summary>Health probe results: each goes on the timeline, and the incident keeps every probe's latest one.</summary>
public sealed partial class Incident
{
    /// <summary>The timeline kind of a probe result.</summary>
    public const string ProbeKind = "probe";

    private List<ProbeReading> _probes = [];

    /// <summary>The latest result of each probe run for this incident, in the order they first ran.</summary>
    public IReadOnlyList<ProbeReading> Probes => _probes;

    /// <summary>Records a result on the timeline as the probe's latest, and says how it compares with the one before.</summary>
    public ProbeChange RecordProbe(ProbeReading reading)
    {
        RequireNotClosed("record probe results on");
        var at = _probes.FindIndex(p => string.Equals(p.Name, reading.Name, StringComparison.OrdinalIgnoreCase));
        var change = at < 0 ? ProbeChange.First
            : _probes[at].Passed == reading.Passed ? ProbeChange.Same
            : reading.Passed ? ProbeChange.Recovered
            : ProbeChange.Failed;
        if (at < 0) _probes.Add(reading);
        else _probes[at] = reading;
        Record(reading.At, BotActor, ProbeKind, reading.Evidence);
        return change;
    }
}
