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
        if (question is not null)
        {
            await TriageFlow.AskAsync(call, incident, question, ct);
            return new CommandReply($"Triage question posted in #{incident.ChannelName}.");
        }
        // The last walk is done: go through the questions again; the earlier answers stay on the record.
        var earlier = string.Join('\n', incident.CurrentTriage().Select(t => $"- {t.Question} -> {t.Answer}"));
        incident.StartTriageRound(call.Actor, call.Now);
        await TriageFlow.AskAsync(call, incident, call.Runbook.Triage[0], ct);
        return new CommandReply($"Triage of {incident.Number} runs again (round {incident.TriageRound}); the first question is posted in #{incident.ChannelName}. The last round found:\n{earlier}");
    }
}
