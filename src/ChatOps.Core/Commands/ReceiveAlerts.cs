using ChatOps.Core.Alerts;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>One notification from monitoring: its alerts, and when the bot received it.</summary>
/// <param name="Source">Who sent it (<c>alertmanager</c>, <c>grafana</c>, <c>pagerduty</c>, <c>sentry</c>), acting as the declarer.</param>
public sealed record ReceiveAlertsCommand(string Source, IReadOnlyList<Alert> Alerts, DateTimeOffset ReceivedAt) : IncidentCommand;

/// <summary>
/// Raised by an alert webhook once it is verified and stored: the alerts declare, suggest, attach to the incident
/// they belong to, note a resolution or acknowledge ours (see <see cref="AlertIntake"/>).
/// </summary>
public sealed class ReceiveAlerts : CommandHandler<ReceiveAlertsCommand>
{
    public override CommandSpec Spec { get; } = new([], "(platform event) monitoring sent alerts (Alertmanager, Grafana, PagerDuty, Sentry)",
        CommandAccess.Anyone, CommandTarget.None, 1002);

    protected override string Describe(ReceiveAlertsCommand command)
    {
        var counts = new[]
        {
            (Count: command.Alerts.Count(a => a.Firing && !a.Acknowledged), What: "firing"),
            (Count: command.Alerts.Count(a => a.Acknowledged), What: "acknowledged"),
            (Count: command.Alerts.Count(a => !a.Firing), What: "resolved"),
        }.Where(c => c.Count > 0).Select(c => $"{c.Count} {c.What}");
        var names = command.Alerts.Select(a => a.Name).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
        return Words($"[alerts] {command.Source}:", string.Join(", ", counts) + ":", string.Join(", ", names));
    }

    protected override Task<CommandReply> HandleAsync(EngineCall call, ReceiveAlertsCommand command, Incident? incident, CancellationToken ct) =>
        AlertIntake.ReceiveAsync(call, command, ct);
}
