using ChatOps.Bot.Observability;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// Delivers one Statuspage push (<see cref="EffectKind.StatusPage"/>), in order within its public incident's queue.
/// The first push with a public status creates the Statuspage incident; its id is kept (<see cref="StatuspageLink"/>),
/// and later pushes patch that incident. A push without a status (a component changed, the public title changed) patches
/// the incident when there is one (name and components), else each component with a Statuspage id. Before creating again after an
/// attempt whose answer was lost, the page's unresolved incidents are searched for ours (by metadata, then name), so
/// a retry never makes a second one. Paced by <see cref="StatuspagePacing"/>; 429 waits for Retry-After, 5xx and
/// timeouts back off, any other refusal parks the push loudly (a line in the incident channel, /healthz degraded).
/// </summary>
public sealed class StatuspageDelivery(
    OutboxStore store,
    OutboxPlatform outbox,
    ChatOpsDbContext db,
    SqliteWriteGate writes,
    OutboxSignal signal,
    IConfiguration configuration,
    StatuspagePacing pacing,
    IHttpClientFactory http,
    OutboxOptions options,
    TimeProvider time,
    OutboxMetrics metrics,
    ILogger<StatuspageDelivery> logger)
{
    public const string HttpClientName = "statuspage";
    private const string Service = "statuspage";

    public async Task DeliverAsync(OutboundEffect effect, StatusPagePush push, CancellationToken ct)
    {
        if (StatuspageSettings.Read(configuration) is not { } settings)
        {
            await ParkLoudlyAsync(effect, push, $"the sync is not configured; set {StatuspageSettings.Env("PageId")} and {StatuspageSettings.Env("ApiKey")}");
            metrics.Attempted(Service, OutboxMetrics.Parked);
            return;
        }
        var incidentId = await db.IncidentIdAsync(push.PublicId, ct);
        var retryingCreate = push.Status is not null && incidentId is null && (effect.Attempts > 0 || effect.Uncertain);
        var requests = incidentId is not null ? 1 : push.Status is null ? push.Components.Count(c => c.StatuspageId is { Length: > 0 }) : retryingCreate ? 2 : 1;
        if (requests == 0)
        {
            await store.DeliveredAsync(effect, null, null, time.GetUtcNow(), ct);
            return;
        }
        if (pacing.Book(requests) is var wait && wait > TimeSpan.Zero)
        {
            await store.HoldAsync(effect, time.GetUtcNow() + wait, queue: null, ct);
            return;
        }

        try
        {
            using var client = http.CreateClient(HttpClientName);
            var statuspage = new StatuspageClient(client, settings, time);
            string? result = null;
            if (push.Status is null && incidentId is null)
            {
                foreach (var component in push.Components.Where(c => c.StatuspageId is { Length: > 0 }))
                    await statuspage.UpdateComponentAsync(component.StatuspageId!, component.Status, ct);
            }
            else if (incidentId is not null)
            {
                result = await statuspage.UpdateIncidentAsync(incidentId, push, ct);
            }
            else if (retryingCreate && await statuspage.FindUnresolvedAsync(push.PublicId, push.Name, ct) is { } earlier)
            {
                logger.LogWarning("Statuspage incident {Id} for {Incident} was created by an attempt whose answer was lost; updating it", earlier, push.IncidentNumber);
                result = await statuspage.UpdateIncidentAsync(earlier, push, ct);
            }
            else
            {
                result = await statuspage.CreateIncidentAsync(push, ct);
            }
            if (result is not null && result != incidentId) await db.LinkAsync(writes, push.PublicId, result, ct);
            await store.DeliveredAsync(effect, result, null, time.GetUtcNow(), ct);
            metrics.Attempted(Service, OutboxMetrics.Delivered);
            logger.LogInformation("Statuspage push for {Incident} ({Status}) delivered, incident {Id}", push.IncidentNumber, push.Status?.ToString() ?? "components", result ?? "-");
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var attempts = effect.Attempts + 1;
            if (RetryPolicy.NextDelay(failure, attempts, options) is { } delay)
            {
                logger.LogWarning("Statuspage push for {Incident} failed (attempt {Attempt}); retrying in {Delay}: {Error}", push.IncidentNumber, attempts, delay, failure.Message);
                await store.FailedAsync(effect, failure.Message, time.GetUtcNow() + delay, CancellationToken.None);
                metrics.Attempted(Service, OutboxMetrics.Retry);
                return;
            }
            logger.LogError("Statuspage push for {Incident} parked after {Attempt} attempt(s): {Error}", push.IncidentNumber, attempts, failure.Message);
            await ParkLoudlyAsync(effect, push, failure.Message);
            metrics.Attempted(Service, OutboxMetrics.Parked);
        }
    }

    /// <summary>The failure notice and the parking commit together, so the channel hears of every parked push once.</summary>
    private async Task ParkLoudlyAsync(OutboundEffect effect, StatusPagePush push, string error)
    {
        await writes.RunAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            if (push.ChannelId.Length > 0)
                await outbox.PostAsync(push.ChannelId, new ChatMessage(FailureNotice(push, error)), CancellationToken.None);
            await store.FailedAsync(effect, error, retryAt: null, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            return true;
        }, CancellationToken.None);
        signal.Wake();
    }

    public static string FailureNotice(StatusPagePush push, string error) =>
        $"Atlassian Statuspage was not updated ({push.Status?.ToString().ToLowerInvariant() ?? "component status"} for {push.IncidentNumber}): {error}; update it by hand.";
}
