namespace ChatOps.Core.Runbooks;

/// <summary>A triage question; its answers are shown as buttons.</summary>
public sealed record TriageQuestion(string Id, string Text, IReadOnlyList<TriageAnswer> Answers)
{
    public TriageAnswer? FindAnswer(string id) => Answers.FirstOrDefault(a => a.Id == id);
}

/// <summary>
/// What an answer leads to: the next question, a category (whose checklist is posted), an extra checklist,
/// a suggestion to escalate, and/or a guidance line. An answer with none of these leads nowhere and is rejected.
/// </summary>
public sealed record TriageAnswer(
    string Id,
    string Label,
    string? Next,
    string? Category,
    string? Checklist,
    bool SuggestEscalation,
    string? Guidance);
