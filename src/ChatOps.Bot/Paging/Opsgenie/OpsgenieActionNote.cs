namespace ChatOps.Bot.Paging.Opsgenie;

/// <summary>The optional body of acknowledge and close: who did it, from where, and a note for the alert's log.</summary>
public sealed record OpsgenieActionNote(string? User = null, string? Source = null, string? Note = null);
