using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

public sealed record SetDetectedCommand(string When) : IncidentCommand;

/// <summary>When the incident was noticed, for the post-mortem's time to detect (seed 000: detect within 5 minutes).</summary>
public sealed class SetDetected : IncidentCommandHandler<SetDetectedCommand>
{
    public override CommandSpec Spec { get; } = new(["detected"], "/incident detected <14:32 | 2026-03-14 14:32 | 5m ago>   (when it was noticed, UTC)",
        CommandAccess.For(IncidentAction.Update), CommandTarget.Incident, 38);

    public override ParseResult Parse(CommandArgs args) => args.Count == 0
        ? ParseResult.Fail($"Say when it was noticed: /incident detected <time>, e.g. {MomentText.Examples}.")
        : new SetDetectedCommand(args.Rest());

    protected override string Describe(SetDetectedCommand command) => Words("detected", command.When);

    protected override void Check(EngineCall call, SetDetectedCommand command) => Moment.Read(command.When, call.Now);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, SetDetectedCommand command, Incident incident, CancellationToken ct)
    {
        incident.SetDetected(call.Actor, Moment.Read(command.When, call.Now), call.Now);
        await call.SaveAsync(incident, ct);
        await call.PostAsync(incident, $"{call.Actor} recorded that {incident.Number} was noticed at {Clock.Format(incident.Noticed)}.", ct: ct);
        return new CommandReply($"{incident.Number} was noticed at {Clock.Format(incident.Noticed)} ({DurationText.Approximate(incident.Noticed - incident.Began)} after it began).");
    }
}
