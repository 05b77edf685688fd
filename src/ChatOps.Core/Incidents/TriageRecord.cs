namespace ChatOps.Core.Incidents;

/// <summary>A triage question as it was asked, and the answer given.</summary>
public sealed record TriageRecord(DateTimeOffset At, string Actor, string QuestionId, string Question, string AnswerId, string Answer);
