namespace ChatOps.Core.Runbooks;

/// <summary>The headed sections left empty for people to fill, and when the write-up is due after resolve.</summary>
public sealed record PostMortemPolicy(TimeSpan DueAfter, IReadOnlyList<string> Sections);
