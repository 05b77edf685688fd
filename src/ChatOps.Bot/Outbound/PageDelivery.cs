using ChatOps.Bot.Observability;
using ChatOps.Bot.Paging;
using ChatOps.Bot.Paging.Opsgenie;
using ChatOps.Bot.Paging.PagerDuty;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// Delivers one page effect through its service (PagerDuty Events v2 or Opsgenie), by <see cref="RetryPolicy"/>: 429
/// and 5xx are retried with backoff, a 400 or a missing setting parks it at once. A parked page is loud: an error is
/// logged, and the incident's channel is told in the same transaction that parks it ("Paging primary failed: ...;
/// page them another way"), besides /healthz turning degraded. An attempt cut off midway is simply sent again: the
/// dedup key (alias) makes the service apply it to the same alert.
/// </summary>
public sealed class PageDelivery(
    OutboxStore store,
    OutboxPlatform outbox,
    ChatOpsDbContext db,
    SqliteWriteGate writes,
    OutboxSignal signal,
    PagingSettings settings,
    IHttpClientFactory http,
    OutboxOptions options,
    TimeProvider time,
    OutboxMetrics metrics,
    ILogger<PageDelivery> logger)
{
    public const string HttpClientName = "paging";

    public async Task DeliverAsync(OutboundEffect effect, PageRequest page, CancellationToken ct)
    {
        var service = page.Pager.Service == PagerService.PagerDuty ? PagerDutyEventsClient.Service : OpsgenieClient.Service;
        try
        {
            var id = await SendAsync(page, ct);
            await store.DeliveredAsync(effect, id, null, time.GetUtcNow(), ct);
            metrics.Attempted(service, OutboxMetrics.Delivered);
            logger.LogInformation("Page {Action} to {Pager} ({Service}) for {Incident} accepted, key {Key}", page.Action, page.Pager.Name, service, page.IncidentNumber, page.DedupKey);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var attempts = effect.Attempts + 1;
            var delay = RetryPolicy.NextDelay(failure, attempts, options);
            if (delay is { } wait)
            {
                logger.LogWarning("Page {Action} to {Pager} for {Incident} failed (attempt {Attempt}); retrying in {Delay}: {Error}", page.Action, page.Pager.Name, page.IncidentNumber, attempts, wait, failure.Message);
                await store.FailedAsync(effect, failure.Message, time.GetUtcNow() + wait, CancellationToken.None);
                metrics.Attempted(service, OutboxMetrics.Retry);
                return;
            }
            logger.LogError("Page {Action} to {Pager} for {Incident} parked after {Attempt} attempt(s): {Error}", page.Action, page.Pager.Name, page.IncidentNumber, attempts, failure.Message);
            await ParkLoudlyAsync(effect, page, failure.Message);
            metrics.Attempted(service, OutboxMetrics.Parked);
        }
    }

    /// <summary>The failure notice and the parking commit together, so the channel hears of every parked page once.</summary>
    private async Task ParkLoudlyAsync(OutboundEffect effect, PageRequest page, string error)
    {
        await writes.RunAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            if (page.ChannelId.Length > 0)
                await outbox.PostAsync(page.ChannelId, new ChatMessage(FailureNotice(page, error)), CancellationToken.None);
            await store.FailedAsync(effect, error, retryAt: null, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            return true;
        }, CancellationToken.None);
        signal.Wake();
    }

    public static string FailureNotice(PageRequest page, string error) =>
        $"Paging {page.Pager.Name} failed ({page.Action.ToString().ToLowerInvariant()} for {page.IncidentNumber}): {error}; page them another way.";

    /// <summary>What the service answered with: PagerDuty's dedup key, Opsgenie's request id.</summary>
    private async Task<string> SendAsync(PageRequest page, CancellationToken ct)
    {
        var operation = page.Action.ToString().ToLowerInvariant();
        using var client = http.CreateClient(HttpClientName);
        if (page.Pager.Service == PagerService.PagerDuty)
        {
            var routingKey = settings.RoutingKey(page.Pager, operation);
            var pagerDuty = new PagerDutyEventsClient(client, settings.PagerDuty(operation), time);
            var accepted = page.Action switch
            {
                PageAction.Trigger => await pagerDuty.SendAsync(PagerDutyEvent.Trigger(routingKey, page.DedupKey, PagePayloads.PagerDuty(page, time.GetUtcNow())) with { Client = "ChatOps" }, ct),
                PageAction.Acknowledge => await pagerDuty.AcknowledgeAsync(routingKey, page.DedupKey, ct),
                _ => await pagerDuty.ResolveAsync(routingKey, page.DedupKey, ct),
            };
            return accepted.DedupKey;
        }

        var opsgenie = new OpsgenieClient(client, settings.Opsgenie(operation), time);
        var note = new OpsgenieActionNote(User: page.Actor, Source: PagePayloads.Source, Note: page.Reason);
        var answer = page.Action switch
        {
            PageAction.Trigger => await opsgenie.CreateAlertAsync(PagePayloads.Opsgenie(page), ct),
            PageAction.Acknowledge => await opsgenie.AcknowledgeAsync(page.DedupKey, note, ct),
            _ => await opsgenie.CloseAsync(page.DedupKey, note, ct),
        };
        return answer.RequestId;
    }
}
