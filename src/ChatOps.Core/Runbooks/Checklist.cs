namespace ChatOps.Core.Runbooks;

/// <summary>A mitigation checklist, keyed by category (api, webhooks, database, external, ...).</summary>
public sealed record Checklist(string Key, string Title, IReadOnlyList<string> Steps);
