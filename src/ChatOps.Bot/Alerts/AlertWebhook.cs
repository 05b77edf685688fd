using ChatOps.Bot.Alerts.Parsing;
using ChatOps.Bot.Alerts.Verification;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Web;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Alerts;

/// <summary>
/// <c>POST /alerts/{source}</c>: reads the body (at most <see cref="AlertLimits.MaxBodyBytes"/>), verifies it before
/// anything else looks at it (401 with the reason), reads it (400 saying what is wrong), stores the notification once
/// per delivery in the inbox and answers 200 at once; the inbox worker carries it out. A well-formed delivery that holds
/// no alert (a PagerDuty service event) is answered 200 and stored nowhere: senders take a 4xx as final.
/// </summary>
public sealed class AlertWebhook(Intake intake, IOptions<AlertOptions> options, TimeProvider time, ILogger<AlertWebhook> logger)
{
    private readonly AlertLimits _limits = AlertLimits.Default;

    private readonly Dictionary<AlertSource, IAlertVerifier> _verifiers =
        Enum.GetValues<AlertSource>().ToDictionary(s => s, s => AlertVerifiers.For(s, options.Value.Secrets(), time));

    public async Task<IResult> HandleAsync(HttpContext http, AlertSource source)
    {
        var ct = http.RequestAborted;
        var body = await BoundedBody.ReadAsync(http.Request, _limits.MaxBodyBytes, ct);
        if (body is null)
            return Results.Text($"The body is larger than {_limits.MaxBodyBytes / 1024} KB, the most an alert webhook may send; send fewer alerts per notification.", statusCode: StatusCodes.Status413PayloadTooLarge);
        var headers = WebhookHeaders.From(http.Request.Headers);
        var verdict = _verifiers[source].Verify(headers, body);
        if (!verdict.IsVerified)
        {
            logger.LogWarning("Refused a {Source} alert webhook: {Reason}", source.Name(), verdict.Reason);
            return Results.Text($"Unverified {source.Name()} webhook: {verdict.Reason}.", statusCode: StatusCodes.Status401Unauthorized);
        }
        var parsed = AlertParsers.For(source, _limits).Parse(headers, body);
        if (parsed.Error is { } error)
        {
            logger.LogWarning("Rejected a {Source} alert webhook body: {Error}", source.Name(), error);
            return Results.Text($"Not a {source.Name()} webhook body: {error}. {Expected(source)}", statusCode: StatusCodes.Status400BadRequest);
        }
        if (parsed.Notification is not { } notification) return Results.Text($"Nothing to record: {parsed.IgnoredBecause}.");
        var recorded = await intake.RecordAsync(AlertFrontEnd.Name, AlertIntents.Key(notification), AlertIntents.Of(notification, time.GetUtcNow()), ct);
        return Results.Text(recorded ? $"Received {notification.Alerts.Count} alert(s)." : "Already received; nothing changes.");
    }

    /// <summary>What this URL takes, for the sender's operator reading a 400.</summary>
    private static string Expected(AlertSource source) => source switch
    {
        AlertSource.Alertmanager => "This URL takes Alertmanager's webhook (payload version 4: a JSON object with groupKey, status and alerts); point an Alertmanager webhook_config at it.",
        AlertSource.Grafana => "This URL takes a Grafana webhook contact point's JSON (groupKey, status and alerts); point a Grafana webhook contact point at it.",
        AlertSource.PagerDuty => "This URL takes PagerDuty V3 webhooks (a JSON object with event.event_type and event.data); point a V3 webhook subscription at it.",
        _ => "This URL takes Sentry issue alerts and issue webhooks (a JSON object with action and data); point a Sentry integration's webhook at it.",
    };
}
