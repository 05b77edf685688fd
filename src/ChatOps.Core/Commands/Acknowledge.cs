using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Paging;

namespace ChatOps.Core.Commands;

public sealed record AcknowledgeCommand : IncidentCommand;

/// <summary>Someone owns the response: automatic escalation stops.</summary>
public sealed class Acknowledge : IncidentCommandHandler<AcknowledgeCommand>
{
    public const string ActionId = "incident.ack";

    public override CommandSpec Spec { get; } = new(["ack", "acknowledge"], "/incident ack",
        CommandAccess.For(IncidentAction.Acknowledge), CommandTarget.Incident, 20);

    public override IReadOnlyList<ButtonSpec> Buttons { get; } = [new(ActionId, number => new Pressed(new AcknowledgeCommand(), number))];

    public static CardButton Button(string number) => new("Acknowledge", ActionId, number, ButtonStyle.Primary);

    public override ParseResult Parse(CommandArgs args) => args.None(new AcknowledgeCommand());

    protected override string Describe(AcknowledgeCommand command) => "ack";

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, AcknowledgeCommand command, Incident incident, CancellationToken ct)
    {
        await AcknowledgeAsync(call, incident, call.Actor, ct);
        return new CommandReply($"Acknowledged {incident.Number}.");
    }

    /// <summary>
    /// <paramref name="actor"/> acknowledges: automatic escalation stops, the card and channel say so. Also how an
    /// acknowledgement in PagerDuty acknowledges ours (<see cref="Alerts.AlertIntake"/>).
    /// </summary>
    internal static async Task AcknowledgeAsync(EngineCall call, Incident incident, string actor, CancellationToken ct)
    {
        incident.Acknowledge(actor, call.Now);
        await PagingFlow.AcknowledgeAsync(call, incident, ct);
        await call.SaveAsync(incident, ct);
        call.Raise(IncidentEvent.Acknowledged, incident, actor: actor);
        await call.PostAsync(incident, $"{actor} acknowledged {incident.Number}. Automatic escalation stopped.", ct: ct);
    }
}
