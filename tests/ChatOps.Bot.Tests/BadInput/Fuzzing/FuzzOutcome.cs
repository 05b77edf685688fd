namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>How the bot answered one fuzzed request: its status (0 when the connection failed), how long it took, and what it said.</summary>
public sealed record FuzzOutcome(FuzzRequest Request, int Status, TimeSpan Took, string Answer);
