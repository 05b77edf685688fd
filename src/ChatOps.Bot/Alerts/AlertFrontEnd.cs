using ChatOps.Bot.Inbound;
using ChatOps.Core.Alerts;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;

namespace ChatOps.Bot.Alerts;

/// <summary>
/// The alert webhooks' part of the inbound pipeline. Who acts is the monitoring source (<c>alertmanager</c>), acting
/// on <paramref name="chatPlatform"/>, the chat platform the host runs (where an incident an alert declares gets its
/// channel); a stored notification becomes <see cref="ReceiveAlertsCommand"/>; monitoring reads no answers.
/// </summary>
public sealed class AlertFrontEnd(string chatPlatform) : IFrontEnd
{
    public const string Name = "alerts";

    public string Platform => Name;

    public Task<ActorContext> ContextAsync(string actor, string channel, CancellationToken ct) =>
        Task.FromResult(new ActorContext(new CommandContext(actor, channel, chatPlatform)));

    public Task AnswerAsync(CommandReply reply, InboundIntent intent, CancellationToken ct) => Task.CompletedTask;

    public Task<EngineInput?> ReadEventAsync(InboundIntent intent, CommandContext context, CancellationToken ct) =>
        Task.FromResult<EngineInput?>(AlertIntents.Read(intent) is { } received
            ? new CommandInput(new ReceiveAlertsCommand(intent.Actor, received.Alerts.Select(ToCore).ToList(), received.ReceivedAt))
            : null);

    public string Grammar(string command) => $"/incident {command}";

    /// <summary>The engine's view of an alert: an acknowledged one is still firing.</summary>
    public static Alert ToCore(ReceivedAlert alert) =>
        new(alert.Source.Name(), alert.Status != AlertStatus.Resolved, AlertText.FirstOf(alert.AlertName, alert.Title), alert.Title,
            alert.Labels, alert.Annotations, alert.Fingerprint, alert.GroupKey, alert.StartsAt, alert.Url.Length > 0 ? alert.Url : null)
        {
            Acknowledged = alert.Status == AlertStatus.Acknowledged,
            ActorName = alert.ActorName,
        };
}
