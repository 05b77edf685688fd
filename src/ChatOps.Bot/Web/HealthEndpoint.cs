using ChatOps.Bot.Outbound;

namespace ChatOps.Bot.Web;

/// <summary>
/// <c>GET /healthz</c>: 200 while the process can reach its database, with the outbox's backlog. Parked effects make
/// the status "degraded" (the process is fine; a person should look), and the most recent are listed with their errors.
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealth(this WebApplication app) => app.MapGet("/healthz", async (IServiceProvider services, CancellationToken ct) =>
    {
        await using var scope = services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<OutboxStore>();
        try
        {
            var pending = await outbox.CountAsync(EffectStatus.Pending, ct);
            var parked = await outbox.CountAsync(EffectStatus.Parked, ct);
            var recent = parked == 0 ? [] : (await outbox.ParkedAsync(5, ct)).Select(OutboxReport.Describe).ToList();
            return Results.Ok(new { status = parked == 0 ? "ok" : "degraded", outbox = new { pending, parked, recentParked = recent } });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Results.Json(new { status = "unhealthy", error = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    });
}
