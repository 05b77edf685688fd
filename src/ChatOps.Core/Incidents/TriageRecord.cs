namespace ChatOps.Core.Incidents;

/// <summary>A triage question as it was asked, the answer given, and which walk through the questions it belongs to (the first is 1).</summary>
public sealed record TriageRecord(DateTimeOffset At, string Actor, string QuestionId, string Question, string AnswerId, string Answer, int Round = 1);
