namespace ChatOps.Core.StatusPage;

/// <summary>A component's status changed (published with an update, by <c>/incident component</c>, or restored at resolve): the history uptime is computed from.</summary>
public sealed record ComponentChange(DateTimeOffset At, string Actor, string Component, ComponentStatus Status);
