namespace ChatOps.Bot.Tests.Paging.Fakes;

/// <summary>An answer a test lines up for the next request: a status, an optional JSON body and headers (Retry-After...).</summary>
public sealed record ScriptedAnswer(int Status, string? Json = null, params (string Name, string Value)[] Headers);
