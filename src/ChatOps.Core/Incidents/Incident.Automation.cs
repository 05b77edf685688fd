using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Incidents;

/// <summary>Triage, escalation and reminder bookkeeping of the incident aggregate.</summary>
public sealed partial class Incident
{
    public void AskTriage(string questionId) => PendingTriageQuestion = questionId;

    public void AnswerTriage(string actor, TriageQuestion question, TriageAnswer answer, DateTimeOffset now)
    {
        RequireActive("triage");
        if (_triage.Any(t => t.QuestionId == question.Id))
            throw new IncidentRuleException($"\"{question.Text}\" was already answered; run /incident triage to continue.");
        _triage.Add(new TriageRecord(now, actor, question.Id, question.Text, answer.Id, answer.Label));
        if (answer.Category is { } category) Category = category;
        PendingTriageQuestion = answer.Next;
        AddParticipant(actor);
        AcknowledgeByEngagement(actor, "answering triage", now);
        Record(now, actor, "triage", $"{question.Text} -> {answer.Label}");
    }

    public bool WasAnswered(string questionId) => _triage.Any(t => t.QuestionId == questionId);

    public void Escalate(string actor, int tier, EscalationTier step, string reason, bool automatic, DateTimeOffset now)
    {
        RequireActive("escalate");
        EscalationTier = tier;
        LastEscalatedAt = now;
        _escalations.Add(new EscalationRecord(now, actor, tier, step.Name, step.People, reason, automatic));
        foreach (var person in step.People) AddParticipant(person);
        var who = string.Join(", ", step.People);
        Record(now, actor, "escalated", $"Escalated to tier {tier} ({step.Name}): {who}. Reason: {reason}");
    }

    /// <summary>Someone joined the channel: a participant from now on. False when nothing changed.</summary>
    public bool RecordJoin(string person, DateTimeOffset now)
    {
        if (Status == IncidentStatus.Closed || _participants.Contains(person)) return false;
        AddParticipant(person);
        Record(now, person, "joined", "Joined the incident channel");
        return true;
    }

    public void RecordUpdateReminder(DateTimeOffset now)
    {
        LastUpdateReminderAt = now;
        Record(now, "ChatOps", "reminder", $"Status update reminder sent to {Commander}");
    }

    public void RecordPostMortemReminder(DateTimeOffset now)
    {
        PostMortemReminded = true;
        Record(now, "ChatOps", "reminder", $"Post-mortem due reminder sent to {Commander}");
    }
}
