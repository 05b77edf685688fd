namespace ChatOps.Core.StatusPage;

/// <summary>Where a maintenance window stands at a moment, as Statuspage names it.</summary>
public enum MaintenanceState
{
    Scheduled,
    InProgress,
    Completed,
}

/// <summary>
/// Planned work shown on the public status page (<c>/incident maintenance schedule</c>): the components it touches
/// (runbook keys), its window [<see cref="From"/>, <see cref="To"/>) in UTC, the public text, who scheduled it and
/// when, and when it was cancelled (a cancelled one is shown nowhere). Not tied to an incident.
/// </summary>
public sealed record ScheduledMaintenance(
    string Id,
    IReadOnlyList<string> Components,
    DateTimeOffset From,
    DateTimeOffset To,
    string Text,
    string ScheduledBy,
    DateTimeOffset ScheduledAt,
    DateTimeOffset? CancelledAt = null,
    string? CancelledBy = null)
{
    public const string IdPrefix = "mnt-";

    public bool IsCancelled => CancelledAt is not null;

    public MaintenanceState StateAt(DateTimeOffset now) =>
        now < From ? MaintenanceState.Scheduled : now < To ? MaintenanceState.InProgress : MaintenanceState.Completed;

    /// <summary>Upcoming or in progress, and not cancelled: what the page and the list show.</summary>
    public bool IsShownAt(DateTimeOffset now) => !IsCancelled && StateAt(now) != MaintenanceState.Completed;

    public bool Covers(string component, DateTimeOffset now) =>
        !IsCancelled && StateAt(now) == MaintenanceState.InProgress
        && Components.Any(c => string.Equals(c, component, StringComparison.OrdinalIgnoreCase));

    /// <summary>A component's public status with maintenance laid over the incidents' status: maintenance never hides a worse one.</summary>
    public static ComponentStatus Overlay(ComponentStatus fromIncidents, string component, IEnumerable<ScheduledMaintenance> maintenances, DateTimeOffset now) =>
        maintenances.Any(m => m.Covers(component, now)) && fromIncidents < ComponentStatus.UnderMaintenance ? ComponentStatus.UnderMaintenance : fromIncidents;

    public static string WordOf(MaintenanceState state) => state switch
    {
        MaintenanceState.Scheduled => "scheduled",
        MaintenanceState.InProgress => "in_progress",
        _ => "completed",
    };
}
