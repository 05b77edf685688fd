using ChatOps.Bot.Email;
using ChatOps.Bot.Observability;
using ChatOps.Core.Ports;
using MimeKit;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// Delivers one email effect over SMTP (<see cref="SmtpMailClient"/>), by <see cref="RetryPolicy"/>: no connection, a
/// timeout or a 4xx reply is retried with backoff; a 5xx reply (a refused recipient), failed sign-in, a TLS mismatch or
/// email not configured parks it at once. Both outcomes go on the incident's timeline (<see cref="IEmailOutcomes"/>); a
/// parked email is loud: an error is logged, the incident channel is told, and /healthz turns degraded. Sent is recorded
/// after the effect is marked delivered (a crash between loses the "sent" line, never sends twice); failed is recorded
/// before the effect is parked (a crash between records it again, which the incident ignores).
/// </summary>
public sealed class EmailDelivery(
    OutboxStore store,
    EmailSettingsReader settings,
    IEmailOutcomes outcomes,
    OutboxOptions options,
    OutboxSignal signal,
    TimeProvider time,
    OutboxMetrics metrics,
    ILogger<EmailDelivery> logger)
{
    public const string Service = "email";

    public async Task DeliverAsync(OutboundEffect effect, MailRequest mail, CancellationToken ct)
    {
        try
        {
            var smtp = settings.Current ?? throw new EmailException($"email is not configured: set {SmtpSettings.Env("Host")} and {SmtpSettings.Env("From")}", isTransient: false);
            var message = Build(mail, smtp);
            await SmtpMailClient.SendAsync(smtp, message, ct);
            await store.DeliveredAsync(effect, mail.Id, null, time.GetUtcNow(), ct);
            metrics.Attempted(Service, OutboxMetrics.Delivered);
            logger.LogInformation("Email {Id} to {Audience} for {Incident} accepted by {Host}", mail.Id, mail.Audience, mail.IncidentNumber, smtp.Host);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var attempts = effect.Attempts + 1;
            if (RetryPolicy.NextDelay(failure, attempts, options) is { } wait)
            {
                logger.LogWarning("Email {Id} for {Incident} failed (attempt {Attempt}); retrying in {Delay}: {Error}", mail.Id, mail.IncidentNumber, attempts, wait, failure.Message);
                await store.FailedAsync(effect, failure.Message, time.GetUtcNow() + wait, CancellationToken.None);
                metrics.Attempted(Service, OutboxMetrics.Retry);
                return;
            }
            logger.LogError("Email {Id} to {Audience} for {Incident} parked after {Attempt} attempt(s): {Error}", mail.Id, mail.Audience, mail.IncidentNumber, attempts, failure.Message);
            await RecordAsync(mail, sent: false, failure.Message);
            await store.FailedAsync(effect, failure.Message, retryAt: null, CancellationToken.None);
            metrics.Attempted(Service, OutboxMetrics.Parked);
            signal.Wake();
            return;
        }
        await RecordAsync(mail, sent: true, null);
    }

    private MimeMessage Build(MailRequest mail, SmtpSettings smtp)
    {
        try
        {
            return EmailMessages.Build(mail, smtp.From, time.GetUtcNow());
        }
        catch (ParseException bad)
        {
            throw new EmailException($"'{mail.To}' is not an address the mail library accepts: {bad.Message}; fix it in the runbook's audiences", false, bad);
        }
    }

    private async Task RecordAsync(MailRequest mail, bool sent, string? detail)
    {
        try
        {
            await outcomes.RecordAsync(mail, sent, detail, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Email {Id} for {Incident} was {Outcome}, but that could not be recorded on the incident", mail.Id, mail.IncidentNumber, sent ? "sent" : "parked");
        }
    }
}
