namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>Reads one source's webhook body into a <see cref="ReceivedNotification"/>; never throws on bad input.</summary>
public interface IAlertParser
{
    AlertSource Source { get; }

    /// <param name="headers">The request headers (PagerDuty's <c>X-Webhook-Id</c>, Sentry's <c>Sentry-Hook-Resource</c>).</param>
    /// <param name="body">The raw request body, as verified.</param>
    AlertParseResult Parse(WebhookHeaders headers, ReadOnlyMemory<byte> body);
}
