using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Triage;

namespace ChatOps.Core.Commands;

public sealed record AnswerTriageCommand(string QuestionId, string AnswerId) : IncidentCommand;

/// <summary>
/// An answer to the current triage question (a button on the question's card, or typed by ids): recorded on the
/// timeline; it may set a category, post checklists, suggest escalating, and lead to the next question.
/// </summary>
public sealed class AnswerTriage : IncidentCommandHandler<AnswerTriageCommand>
{
    public const string ActionId = "triage.answer";

    public override CommandSpec Spec { get; } = new(["answer"], "/incident answer <question> <answer>   (what a triage card's button does, by ids)",
        CommandAccess.For(IncidentAction.Triage), CommandTarget.Incident, 61);

    public override IReadOnlyList<ButtonSpec> Buttons { get; } =
    [
        new(ActionId,
            value => TriageAnswerValue.TryParse(value, out var number, out var question, out var answer) ? new Pressed(new AnswerTriageCommand(question, answer), number) : null,
            value => $"That triage answer's value '{value}' is not one this bot makes; run /incident triage for the current question.",
            (incident, command, runbook) => TriageFlow.AnsweredCard(runbook, incident, ((AnswerTriageCommand)command).QuestionId)),
    ];

    public static CardButton Button(string number, string questionId, TriageAnswer answer) =>
        new(answer.Label, ActionId, TriageAnswerValue.Format(number, questionId, answer.Id));

    public override ParseResult Parse(CommandArgs args) => args.Count == 2
        ? new AnswerTriageCommand(args[0], args[1])
        : ParseResult.Fail("Name the question and the answer by their ids: /incident answer <question> <answer>, e.g. /incident answer api-health failing.");

    protected override string Describe(AnswerTriageCommand command) => Words("triage", $"{command.QuestionId} -> {command.AnswerId}");

    protected override void Check(EngineCall call, AnswerTriageCommand command) => TriageFlow.FindAnswer(call.Runbook, command.QuestionId, command.AnswerId);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, AnswerTriageCommand command, Incident incident, CancellationToken ct)
    {
        var runbook = call.Runbook;
        var (question, answer) = TriageFlow.FindAnswer(runbook, command.QuestionId, command.AnswerId);
        if (!incident.WasAnswered(question.Id) && TriageFlow.NextQuestion(runbook, incident) is { } current && current.Id != question.Id)
            throw new IncidentRuleException($"\"{question.Text}\" is not the current triage question; answer \"{current.Text}\" first (run /incident triage to see it).");
        incident.AnswerTriage(call.Actor, question, answer, call.Now);
        await call.SaveAsync(incident, ct);
        await call.PostAsync(incident, $"{call.Actor} answered \"{question.Text}\": {answer.Label}", ct: ct);

        foreach (var key in new[] { answer.Category, answer.Checklist }.OfType<string>().Distinct())
            if (runbook.Checklists.TryGetValue(key, out var checklist))
                await call.PostCardAsync(incident, IncidentCards.Checklist(checklist), ct: ct);
        if (answer.SuggestEscalation)
            await call.PostCardAsync(incident, IncidentCards.EscalationSuggestion(incident, answer.Guidance ?? "Triage suggests escalating to the next tier."), ct: ct);
        else if (answer.Guidance is { } guidance)
            await call.PostAsync(incident, guidance, ct: ct);

        if (TriageFlow.After(runbook, incident, question, answer) is { } following)
        {
            await TriageFlow.AskAsync(call, incident, following, ct);
            return new CommandReply($"Recorded: {answer.Label}.");
        }
        await call.PostAsync(incident, $"Triage of {incident.Number} is complete.", ct: ct);
        return new CommandReply($"Recorded: {answer.Label}. Triage complete.");
    }
}
