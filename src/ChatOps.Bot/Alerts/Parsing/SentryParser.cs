namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>
/// Sentry's integration-platform webhooks, told apart by the <c>Sentry-Hook-Resource</c> header: issue alerts
/// (<c>event_alert</c>, action <c>triggered</c>) and issue webhooks (<c>issue</c>: created, unresolved, resolved), and
/// without that header the legacy WebHooks plugin's alert (https://docs.sentry.io/organization/integrations/integration-platform/webhooks/).
/// Other resources and actions (installation, assigned, archived...) are ignored.
/// </summary>
public sealed class SentryParser(AlertLimits? limits = null) : IAlertParser
{
    public const string ResourceHeader = "Sentry-Hook-Resource";

    private readonly AlertLimits _limits = limits ?? AlertLimits.Default;

    public AlertSource Source => AlertSource.Sentry;

    public AlertParseResult Parse(WebhookHeaders headers, ReadOnlyMemory<byte> body) =>
        AlertBody.Read(Source, body, _limits, root => Read(root, headers[ResourceHeader], body.Span));

    private AlertParseResult Read(JsonField root, string? resource, ReadOnlySpan<byte> body)
    {
        var reader = new SentryAlertReader(_limits);
        var action = resource is null ? "" : root.Require("action").Text();
        ReceivedAlert? alert;
        switch (resource)
        {
            case null when root.Get("triggering_rules") is not null || root.Get("project_slug") is not null:
                alert = reader.PluginAlert(root);
                break;
            case null:
                return AlertParseResult.Invalid(
                    $"there is no {ResourceHeader} header, and the body is not the legacy WebHooks plugin's alert (no triggering_rules or project_slug)");
            case "event_alert" when action == "triggered":
                alert = reader.EventAlert(root);
                break;
            case "issue" when action is "created" or "unresolved" or "resolved":
                alert = reader.IssueChange(root, action);
                break;
            default:
                return AlertParseResult.Ignored($"Sentry {AlertText.Line(resource, 40)} webhook with action \"{AlertText.Line(action, 40)}\" is not an issue alert");
        }

        return AlertParseResult.Parsed(new ReceivedNotification
        {
            Source = Source,
            DeliveryId = DeliveryIds.OfBody(Source, body),
            GroupKey = alert.GroupKey,
            Status = alert.Status,
            Title = alert.Title,
            Alerts = [alert],
        });
    }
}
