using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Triage;

/// <summary>
/// The runbook's triage questions, walked in order (seed 002: check the systems in order): which one is current,
/// which comes after an answer, asking it, finding an answer.
/// </summary>
public static class TriageFlow
{
    /// <summary>The question waiting for an answer, the first one when this walk has none yet, or null when the walk is done.</summary>
    public static TriageQuestion? NextQuestion(Runbook runbook, Incident incident)
    {
        if (runbook.Triage.Count == 0) return null;
        if (incident.PendingTriageQuestion is { } pending && runbook.FindQuestion(pending) is { } asked && !incident.WasAnswered(asked.Id))
            return asked;
        return incident.CurrentTriage().Any() ? null : runbook.Triage[0];
    }

    /// <summary>
    /// Where the walk goes after <paramref name="answer"/>: nowhere when it ends the walk, the question it names, else the
    /// next question in the runbook's order that this walk has not answered; null when none is left.
    /// </summary>
    public static TriageQuestion? After(Runbook runbook, Incident incident, TriageQuestion question, TriageAnswer answer)
    {
        if (answer.Done) return null;
        if (answer.Next is { } next && runbook.FindQuestion(next) is { } named && !incident.WasAnswered(named.Id)) return named;
        var at = runbook.Triage.ToList().FindIndex(q => q.Id == question.Id);
        return runbook.Triage.Skip(at + 1).FirstOrDefault(q => !incident.WasAnswered(q.Id));
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
