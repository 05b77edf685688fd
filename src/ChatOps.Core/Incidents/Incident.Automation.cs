using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Incidents;

/// <summary>Triage, escalation and reminder bookkeeping of the incident aggregate.</summary>
public sealed partial class Incident
{
    public void AskTriage(string questionId) => PendingTriageQuestion = questionId;

    /// <summary>The walk through the triage questions now under way: 1, then one more each time it is run again.</summary>
    public int TriageRound => 1 + _timeline.Count(t => t.Kind == TriageRoundKind);

    private const string TriageRoundKind = "triage-round";

    /// <summary>The answers of the walk now under way.</summary>
    public IEnumerable<TriageRecord> CurrentTriage() => _triage.Where(t => t.Round == TriageRound);

    /// <summary>Starts walking the questions again after a finished walk; earlier answers stay on the record.</summary>
    public void StartTriageRound(string actor, DateTimeOffset now)
    {
        RequireActive("triage");
        if (!CurrentTriage().Any()) throw new IncidentRuleException($"Triage of {Number} has not been run yet; /incident triage starts it.");
        PendingTriageQuestion = null;
        Record(now, actor, TriageRoundKind, $"Triage run again (round {TriageRound + 1})");
    }

    public void AnswerTriage(string actor, TriageQuestion question, TriageAnswer answer, DateTimeOffset now)
    {
        RequireActive("triage");
        if (CurrentTriage().FirstOrDefault(t => t.QuestionId == question.Id) is { } earlier)
            throw new IncidentRuleException(
                $"\"{question.Text}\" was already answered in this triage ({earlier.Answer}, by {earlier.Actor} at {Clock.Format(earlier.At)}); run /incident triage to go through the questions again.");
        _triage.Add(new TriageRecord(now, actor, question.Id, question.Text, answer.Id, answer.Label, TriageRound));
        if (answer.Category is { } category) AddCategory(category);
        PendingTriageQuestion = null;
        AddParticipant(actor);
        AcknowledgeByEngagement(actor, "answering triage", now);
        Record(now, actor, "triage", $"{question.Text} -> {answer.Label}");
    }

    /// <summary>Whether the walk under way has answered the question.</summary>
    public bool WasAnswered(string questionId) => CurrentTriage().Any(t => t.QuestionId == questionId);

    /// <summary>Categories add up in the order found (a failing system, then the decision), each once.</summary>
    private void AddCategory(string category)
    {
        var known = (Category ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries).ToList();
        if (known.Contains(category, StringComparer.OrdinalIgnoreCase)) return;
        known.Add(category);
        Category = string.Join(", ", known);
    }

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

    public const string ResolutionTargetKind = "resolution-target";

    /// <summary>The commander was told the severity's resolution target passed.</summary>
    public void RecordResolutionTargetPassed(Severity severity, DateTimeOffset now) =>
        Record(now, BotActor, ResolutionTargetKind, $"Resolution target passed: {severity.Key} aims to resolve within {Time.DurationText.Format(severity.ResolveWithin)}");

    public void RecordPostMortemReminder(DateTimeOffset now)
    {
        PostMortemReminded = true;
        Record(now, "ChatOps", "reminder", $"Post-mortem due reminder sent to {Commander}");
    }
}
