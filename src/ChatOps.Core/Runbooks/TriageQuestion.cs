namespace ChatOps.Core.Runbooks;

/// <summary>A triage question; its answers are shown as buttons.</summary>
public sealed record TriageQuestion(string Id, string Text, IReadOnlyList<TriageAnswer> Answers)
{
    public TriageAnswer? FindAnswer(string id) => Answers.FirstOrDefault(a => a.Id == id);
}

/// <summary>
/// What an answer leads to: a category (whose checklist is posted), an extra checklist, a suggestion to escalate, a
/// guidance line, and where the walk goes: <see cref="Next"/> jumps to that question, <see cref="Done"/> ends the walk,
/// and otherwise it goes on with the following question in the runbook's order. An answer with none of these leads
/// nowhere and is rejected when the runbook is loaded.
/// </summary>
public sealed record TriageAnswer(
    string Id,
    string Label,
    string? Next,
    string? Category,
    string? Checklist,
    bool SuggestEscalation,
    string? Guidance,
    bool Done = false);
