using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Commands;

/// <summary>Walks the runbook's triage questions; each answer may set a category, post checklists or suggest escalating.</summary>
public sealed partial class IncidentService
{
    private async Task<CommandReply> TriageAsync(Incident incident, CancellationToken ct)
    {
        if (runbook.Triage.Count == 0) return CommandReply.Error("This runbook has no triage questions.");
        if (!incident.IsActive) throw new IncidentRuleException($"Cannot triage {incident.Number}: it is {incident.Status.ToString().ToLowerInvariant()}.");
        var question = NextQuestion(incident);
        if (question is null)
        {
            var answers = string.Join('\n', incident.TriageAnswers.Select(t => $"- {t.Question} -> {t.Answer}"));
            return new CommandReply($"Triage of {incident.Number} is complete:\n{answers}");
        }
        await AskAsync(incident, question, ct);
        return new CommandReply($"Triage question posted in #{incident.ChannelName}.");
    }

    private TriageQuestion? NextQuestion(Incident incident)
    {
        if (incident.PendingTriageQuestion is { } pending && runbook.FindQuestion(pending) is { } asked && !incident.WasAnswered(asked.Id))
            return asked;
        return incident.TriageAnswers.Count == 0 ? runbook.Triage[0] : null;
    }

    private async Task AskAsync(Incident incident, TriageQuestion question, CancellationToken ct)
    {
        incident.AskTriage(question.Id);
        await SaveAsync(incident, ct);
        var position = runbook.Triage.ToList().IndexOf(question) + 1;
        await PostCardAsync(incident, IncidentCards.TriageQuestion(incident, question, position, runbook.Triage.Count), ct: ct);
    }

    private async Task<CommandReply> AnswerTriageAsync(CommandContext context, Incident incident, AnswerTriageCommand command, CancellationToken ct)
    {
        var (question, answer) = FindTriageAnswer(command);
        if (!incident.WasAnswered(question.Id) && NextQuestion(incident) is { } current && current.Id != question.Id)
            throw new IncidentRuleException($"\"{question.Text}\" is not the current triage question; answer \"{current.Text}\" first (run /incident triage to see it).");
        incident.AnswerTriage(context.Actor, question, answer, Now);
        await SaveAsync(incident, ct);
        await PostAsync(incident, $"{context.Actor} answered \"{question.Text}\": {answer.Label}", ct: ct);

        foreach (var key in new[] { answer.Category, answer.Checklist }.OfType<string>().Distinct())
            if (runbook.Checklists.TryGetValue(key, out var checklist))
                await PostCardAsync(incident, IncidentCards.Checklist(checklist), ct: ct);
        if (answer.SuggestEscalation)
            await PostCardAsync(incident, IncidentCards.EscalationSuggestion(incident, answer.Guidance ?? "Triage suggests escalating to the next tier."), ct: ct);
        else if (answer.Guidance is { } guidance)
            await PostAsync(incident, guidance, ct: ct);

        if (answer.Next is { } next && runbook.FindQuestion(next) is { } following && !incident.WasAnswered(following.Id))
        {
            await AskAsync(incident, following, ct);
            return new CommandReply($"Recorded: {answer.Label}.");
        }
        await PostAsync(incident, $"Triage of {incident.Number} is complete.", ct: ct);
        return new CommandReply($"Recorded: {answer.Label}. Triage complete.");
    }

    private (TriageQuestion Question, TriageAnswer Answer) FindTriageAnswer(AnswerTriageCommand command)
    {
        var question = runbook.FindQuestion(command.QuestionId)
            ?? throw new IncidentRuleException($"Unknown triage question '{command.QuestionId}'; run /incident triage for the current one.");
        var answer = question.FindAnswer(command.AnswerId)
            ?? throw new IncidentRuleException($"'{command.AnswerId}' is not an answer to \"{question.Text}\".");
        return (question, answer);
    }
}
