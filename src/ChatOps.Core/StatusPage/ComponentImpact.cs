namespace ChatOps.Core.StatusPage;

/// <summary>A component (by its runbook key) and the status a publication gives it.</summary>
public sealed record ComponentImpact(string Component, ComponentStatus Status);
