using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Probes;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Commands;

/// <summary>Run one runbook probe by <paramref name="Name"/>, every one (<paramref name="Every"/>: <c>all</c>), or with neither those of the incident's affected services.</summary>
public sealed record ProbeCommand(string? Name, bool Every = false) : IncidentCommand;

/// <summary>
/// Health probes on demand: asks the host to run them now and answers at once; the results are posted in the
/// incident's channel as they come in (see <see cref="RecordProbeResults"/>). Only probes written in the runbook run.
/// </summary>
public sealed class RunProbes : IncidentCommandHandler<ProbeCommand>
{
    public const string All = "all";

    public override CommandSpec Spec { get; } = new(["probe"], "/incident probe [name|all]   (runs the runbook's health probes; results are posted in the channel)",
        CommandAccess.For(IncidentAction.Triage), CommandTarget.Incident, 63);

    public override ParseResult Parse(CommandArgs args) => args.Count switch
    {
        0 => new ProbeCommand(null),
        1 when string.Equals(args[0], All, StringComparison.OrdinalIgnoreCase) => new ProbeCommand(null, Every: true),
        1 => new ProbeCommand(args[0]),
        _ => ParseResult.Fail("Name one probe, or all: /incident probe <name|all>, e.g. /incident probe api-health."),
    };

    protected override string Describe(ProbeCommand command) => Words("probe", command.Every ? All : command.Name);

    protected override void Check(EngineCall call, ProbeCommand command)
    {
        if (call.Runbook.Probes.Checks.Count == 0) throw new IncidentRuleException(NoProbes);
        if (command.Name is { } name) Find(call.Runbook, name);
    }

    protected override Task<CommandReply> ApplyAsync(EngineCall call, ProbeCommand command, Incident incident, CancellationToken ct)
    {
        Check(call, command);
        if (incident.Status == IncidentStatus.Closed) throw new IncidentRuleException($"Cannot probe for {incident.Number}: it is closed.");
        var probes = command.Name is { } name ? [Find(call.Runbook, name)]
            : command.Every ? call.Runbook.Probes.Checks
            : Chosen(call.Runbook, incident);
        var names = probes.Select(p => p.Name).ToList();
        if (!call.ProbeRequests.Request(new ProbeRequest(incident.Number, names, ProbeRun.Requested)))
            return Task.FromResult(CommandReply.Error("Probes are not run here (the shell runs none); run the bot host to probe from chat."));
        return Task.FromResult(new CommandReply($"Running {string.Join(", ", names)}; results will be posted here."));
    }

    /// <summary>The incident's own probes; all of the runbook's when its services have none (nothing to choose from otherwise).</summary>
    private static IReadOnlyList<Probe> Chosen(Runbook runbook, Incident incident) =>
        ProbeSelection.For(runbook, incident) is { Count: > 0 } own ? own : runbook.Probes.Checks;

    private static Probe Find(Runbook runbook, string name) =>
        runbook.Probes.Find(name.Trim())
        ?? throw new IncidentRuleException($"No probe '{name}' in this runbook; choose one of: {string.Join(", ", runbook.Probes.Checks.Select(p => p.Name))} (or all).");

    private const string NoProbes =
        "This runbook has no health probes. Add them under probes: checks:, e.g. - { name: api-health, url: https://api.example.com/api/health, expect-status: 200, services: [API] }, and restart the bot.";
}
