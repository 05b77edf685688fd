namespace ChatOps.Core.Incidents;

/// <summary>An escalation to a tier of the chain, by a person or automatically, with its reason.</summary>
public sealed record EscalationRecord(DateTimeOffset At, string Actor, int Tier, string TierName, IReadOnlyList<string> People, string Reason, bool Automatic);
