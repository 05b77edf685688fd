using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Probes;

namespace ChatOps.Core.Commands;

/// <summary>Probes ran for <paramref name="Incident"/> (why: <paramref name="Run"/>) and found <paramref name="Results"/>.</summary>
public sealed record RecordProbeResultsCommand(string Incident, ProbeRun Run, IReadOnlyList<ProbeReading> Results) : IncidentCommand;

/// <summary>
/// Raised by the host's probe worker: each result goes on the timeline and becomes its probe's latest. A probe that
/// flips is posted either way (recovered, with the command that moves the incident to monitoring; failing again);
/// results of a run at declaration or on request are posted too, and of a periodic run only a probe's first.
/// </summary>
public sealed class RecordProbeResults : IncidentCommandHandler<RecordProbeResultsCommand>
{
    public override CommandSpec Spec { get; } = new([], "(platform event) health probe results came in from the probe worker", CommandAccess.Anyone, CommandTarget.Incident, 1002);

    protected override string Describe(RecordProbeResultsCommand command) =>
        Words("[probe results]", command.Run.ToString().ToLowerInvariant(), string.Join(", ", command.Results.Select(r => $"{r.Name} {(r.Passed ? "passing" : "failing")}")));

    protected override string? About(RecordProbeResultsCommand command) => command.Incident;

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, RecordProbeResultsCommand command, Incident incident, CancellationToken ct)
    {
        // A periodic round that started before the incident was resolved says nothing about it any more.
        if (incident.Status == IncidentStatus.Closed || (command.Run == ProbeRun.Periodic && !incident.IsActive))
            return new CommandReply($"{incident.Number} is {incident.Status.ToString().ToLowerInvariant()}; probe results not recorded.");
        var changes = command.Results.Select(r => (Reading: r, Change: incident.RecordProbe(r))).ToList();
        await call.SaveQuietlyAsync(incident, ct);
        foreach (var (reading, change) in changes)
        {
            switch (change)
            {
                case ProbeChange.Recovered:
                    await call.PostAsync(incident, ProbeMessages.Recovered(incident, reading), ct: ct);
                    break;
                case ProbeChange.Failed:
                    await call.PostAsync(incident, ProbeMessages.Failed(reading), ct: ct);
                    break;
                case ProbeChange.First:
                case ProbeChange.Same when command.Run != ProbeRun.Periodic:
                    await call.PostCardAsync(incident, ProbeMessages.Result(incident, reading), ct: ct);
                    break;
            }
        }
        return new CommandReply($"Recorded {changes.Count} probe result(s) on {incident.Number}.");
    }
}
