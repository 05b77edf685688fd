namespace ChatOps.Core.Probes;

/// <summary>Run these runbook probes (by name) now for <paramref name="Incident"/> and record their results on it.</summary>
public sealed record ProbeRequest(string Incident, IReadOnlyList<string> Probes, ProbeRun Run);
