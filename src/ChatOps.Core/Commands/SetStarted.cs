using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

public sealed record SetStartedCommand(string When) : IncidentCommand;

/// <summary>When the incident really began, for the post-mortem's times (time to detect, time to resolve) and the resolution target.</summary>
public sealed class SetStarted : IncidentCommandHandler<SetStartedCommand>
{
    public override CommandSpec Spec { get; } = new(["started"], "/incident started <14:30 | 2026-03-14 14:30 | 20m ago>   (when it really began, UTC)",
        CommandAccess.For(IncidentAction.Update), CommandTarget.Incident, 37);

    public override ParseResult Parse(CommandArgs args) => args.Count == 0
        ? ParseResult.Fail($"Say when it began: /incident started <time>, e.g. {MomentText.Examples}.")
        : new SetStartedCommand(args.Rest());

    protected override string Describe(SetStartedCommand command) => Words("started", command.When);

    protected override void Check(EngineCall call, SetStartedCommand command) => Moment.Read(command.When, call.Now);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, SetStartedCommand command, Incident incident, CancellationToken ct)
    {
        incident.SetStarted(call.Actor, Moment.Read(command.When, call.Now), call.Now);
        await call.SaveAsync(incident, ct);
        await call.PostAsync(incident, $"{call.Actor} recorded that {incident.Number} began at {Clock.Format(incident.Began)}.", ct: ct);
        return new CommandReply($"{incident.Number} began at {Clock.Format(incident.Began)}.");
    }
}
