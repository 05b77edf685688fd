namespace ChatOps.Core.Incidents;

/// <summary>One step of an incident's history: when (UTC), who, what kind of step, and what happened.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Actor, string Kind, string Text);
