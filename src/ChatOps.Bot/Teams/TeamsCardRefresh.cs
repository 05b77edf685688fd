using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Teams;

/// <summary>
/// The card a pressed card turns into, from what is stored now: the incident card for the incident's buttons, and for a
/// triage answer the question with the answer given and no buttons left.
/// </summary>
public sealed class TeamsCardRefresh(IServiceProvider services, Runbook runbook, TeamsMessages messages)
{
    public async Task<JsonObject?> AfterAsync(ActionData pressed, CancellationToken ct)
    {
        var isAnswer = pressed.Action == ActionIds.TriageAnswer;
        string number = pressed.Value, questionId = "";
        if (isAnswer && !TriageAnswerValue.TryParse(pressed.Value, out number, out questionId, out _)) return null;
        await using var scope = services.CreateAsyncScope();
        var incident = await scope.ServiceProvider.GetRequiredService<IIncidentStore>().FindByNumberAsync(number, ct);
        if (incident is null) return null;
        if (!isAnswer) return await messages.RenderCardAsync(IncidentCards.Incident(incident, runbook), ct);
        if (incident.TriageAnswers.LastOrDefault(t => t.QuestionId == questionId) is not { } record) return null;
        var position = runbook.Triage.Select(q => q.Id).ToList().IndexOf(questionId) + 1;
        var answered = new Card($"Triage {position}/{runbook.Triage.Count}: {incident.Number}", [record.Question, $"Answered: {record.Answer} ({record.Actor}, {Core.Clock.Format(record.At)})"], [], null, []);
        return await messages.RenderCardAsync(answered, ct);
    }
}
