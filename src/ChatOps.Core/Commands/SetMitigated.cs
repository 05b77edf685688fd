using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

public sealed record SetMitigatedCommand(string When) : IncidentCommand;

/// <summary>When the impact ended, for time to mitigate and the service credits' impact window (otherwise: monitoring, else resolve).</summary>
public sealed class SetMitigated : IncidentCommandHandler<SetMitigatedCommand>
{
    public override CommandSpec Spec { get; } = new(["mitigated"], "/incident mitigated <14:30 | 2026-03-14 14:30 | 20m ago>   (when the impact ended, UTC)",
        CommandAccess.For(IncidentAction.Update), CommandTarget.Incident, 39);

    public override ParseResult Parse(CommandArgs args) => args.Count == 0
        ? ParseResult.Fail($"Say when the impact ended: /incident mitigated <time>, e.g. {MomentText.Examples}.")
        : new SetMitigatedCommand(args.Rest());

    protected override string Describe(SetMitigatedCommand command) => Words("mitigated", command.When);

    protected override void Check(EngineCall call, SetMitigatedCommand command) => Moment.Read(command.When, call.Now);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, SetMitigatedCommand command, Incident incident, CancellationToken ct)
    {
        incident.SetMitigated(call.Actor, Moment.Read(command.When, call.Now), call.Now);
        await call.SaveAsync(incident, ct);
        await call.PostAsync(incident, $"{call.Actor} recorded that the impact of {incident.Number} ended at {Clock.Format(incident.MitigatedAt!.Value)}.", ct: ct);
        return new CommandReply($"{incident.Number} was mitigated at {Clock.Format(incident.MitigatedAt!.Value)}.");
    }
}
