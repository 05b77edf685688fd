using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Triage;

/// <summary>The runbook's triage questions in order: which one is current, asking it, finding an answer.</summary>
public static class TriageFlow
{
    /// <summary>The question waiting for an answer, the first one when none was asked, or null when triage is done.</summary>
    public static TriageQuestion? NextQuestion(Runbook runbook, Incident incident)
    {
        if (incident.PendingTriageQuestion is { } pending && runbook.FindQuestion(pending) is { } asked && !incident.WasAnswered(asked.Id))
            return asked;
        return incident.TriageAnswers.Count == 0 ? runbook.Triage[0] : null;
    }

    /// <summary>Posts the question as a card with one button per answer.</summary>
    public static async Task AskAsync(EngineCall call, Incident incident, TriageQuestion question, CancellationToken ct)
    {
        incident.AskTriage(question.Id);
        await call.SaveAsync(incident, ct);
        await call.PostCardAsync(incident, Card(call.Runbook, incident, question), ct: ct);
    }

    public static Card Card(Runbook runbook, Incident incident, TriageQuestion question) =>
        IncidentCards.TriageQuestion(incident, question, Position(runbook, question.Id), runbook.Triage.Count);

    /// <summary>The question once answered: its text, the answer given, and no buttons left.</summary>
    public static Card? AnsweredCard(Runbook runbook, Incident incident, string questionId) =>
        incident.TriageAnswers.LastOrDefault(t => t.QuestionId == questionId) is { } record
            ? new Card($"Triage {Position(runbook, questionId)}/{runbook.Triage.Count}: {incident.Number}",
                [record.Question, $"Answered: {record.Answer} ({record.Actor}, {Clock.Format(record.At)})"], [], null, [])
            : null;

    public static (TriageQuestion Question, TriageAnswer Answer) FindAnswer(Runbook runbook, string questionId, string answerId)
    {
        var question = runbook.FindQuestion(questionId)
            ?? throw new IncidentRuleException($"Unknown triage question '{questionId}'; run /incident triage for the current one.");
        var answer = question.FindAnswer(answerId)
            ?? throw new IncidentRuleException($"'{answerId}' is not an answer to \"{question.Text}\".");
        return (question, answer);
    }

    private static int Position(Runbook runbook, string questionId) => runbook.Triage.Select(q => q.Id).ToList().IndexOf(questionId) + 1;
}
