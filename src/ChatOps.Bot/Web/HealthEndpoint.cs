using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Web;

/// <summary>
/// <c>GET /healthz</c>: 200 while the process can read its database, with the outbox's backlog, the inbox's trouble
/// (intents waiting for their platform, intents given up in the last day) and how writes are going
/// (<see cref="StorageReport"/>). Parked effects, given-up intents or failing writes make the status "degraded" (the
/// process is alive; a person should look), with the most recent of each and the latest write error; it turns "ok"
/// again by itself once they are gone and a write succeeds. Cheap: it writes nothing, it reports the writes the bot
/// made (<c>/readyz</c> is the one that tries a write).
/// </summary>
public static class HealthEndpoint
{
    /// <summary>How long a given-up intent keeps the status degraded.</summary>
    public static readonly TimeSpan FailedWindow = TimeSpan.FromDays(1);

    public static void MapHealth(this WebApplication app) => app.MapGet("/healthz", async (IServiceProvider services, StorageWriteHealth writes, CancellationToken ct) =>
    {
        await using var scope = services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        try
        {
            var pending = await outbox.CountAsync(EffectStatus.Pending, ct);
            var parked = await outbox.CountAsync(EffectStatus.Parked, ct);
            var recent = parked == 0 ? [] : (await outbox.ParkedAsync(5, ct)).Select(OutboxReport.Describe).ToList();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            var (waiting, failed, recentFailed) = await scope.ServiceProvider.GetRequiredService<Inbox>().TroubleAsync(now - FailedWindow, ct);
            var inbox = new { waiting, failed, recentFailed = recentFailed.Select(r => $"{r.DedupeKey} ({r.Platform}, received {r.ReceivedAt:O}): {r.Error}").ToList() };
            var storage = writes.Current;
            var status = parked == 0 && failed == 0 && !storage.Failing ? "ok" : "degraded";
            return Results.Ok(new { status, outbox = new { pending, parked, recentParked = recent }, inbox, storage = StorageReport.Data(storage) });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Results.Json(new { status = "unhealthy", error = ex.Message, storage = StorageReport.Data(writes.Current) }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    });
}
