namespace ChatOps.Bot.Persistence;

/// <summary>A scheduled maintenance window as stored (see <see cref="Core.StatusPage.ScheduledMaintenance"/>): components as comma-separated runbook keys.</summary>
public sealed class MaintenanceRow
{
    public long Id { get; set; }
    public string Components { get; set; } = "";
    public DateTimeOffset From { get; set; }
    public DateTimeOffset To { get; set; }
    public string Text { get; set; } = "";
    public string ScheduledBy { get; set; } = "";
    public DateTimeOffset ScheduledAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelledBy { get; set; }
}
