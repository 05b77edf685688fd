using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Triage;

namespace ChatOps.Core.Commands;

public sealed record TriageCommand : IncidentCommand;

/// <summary>Posts the current triage question, or the answers once triage is complete.</summary>
public sealed class StartTriage : IncidentCommandHandler<TriageCommand>
{
    public const string ActionId = "incident.triage";

    public override CommandSpec Spec { get; } = new(["triage"], "/incident triage",
        CommandAccess.For(IncidentAction.Triage), CommandTarget.Incident, 60);

    public override IReadOnlyList<ButtonSpec> Buttons { get; } = [new(ActionId, number => new Pressed(new TriageCommand(), number))];

    public static CardButton Button(string number) => new("Triage", ActionId, number);

    public override ParseResult Parse(CommandArgs args) => args.None(new TriageCommand());

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, TriageCommand command, Incident incident, CancellationToken ct)
    {
        if (call.Runbook.Triage.Count == 0) return CommandReply.Error("This runbook has no triage questions.");
        if (!incident.IsActive) throw new IncidentRuleException($"Cannot triage {incident.Number}: it is {incident.Status.ToString().ToLowerInvariant()}.");
        var question = TriageFlow.NextQuestion(call.Runbook, incident);
        if (question is null)
        {
            var answers = string.Join('\n', incident.TriageAnswers.Select(t => $"- {t.Question} -> {t.Answer}"));
            return new CommandReply($"Triage of {incident.Number} is complete:\n{answers}");
        }
        await TriageFlow.AskAsync(call, incident, question, ct);
        return new CommandReply($"Triage question posted in #{incident.ChannelName}.");
    }
}
