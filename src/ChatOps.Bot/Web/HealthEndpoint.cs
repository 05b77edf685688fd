using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Web;

/// <summary>
/// <c>GET /healthz</c>: 200 while the process can reach its database, with the outbox's backlog and the inbox's trouble:
/// intents waiting for their platform, and intents given up in the last day. Parked effects and given-up intents make
/// the status "degraded" (the process is fine; a person should look), and the most recent are listed with their errors.
/// </summary>
public static class HealthEndpoint
{
    /// <summary>How long a given-up intent keeps the status degraded.</summary>
    public static readonly TimeSpan FailedWindow = TimeSpan.FromDays(1);

    public static void MapHealth(this WebApplication app) => app.MapGet("/healthz", async (IServiceProvider services, CancellationToken ct) =>
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
            return Results.Ok(new { status = parked == 0 && failed == 0 ? "ok" : "degraded", outbox = new { pending, parked, recentParked = recent }, inbox });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Results.Json(new { status = "unhealthy", error = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    });
}
