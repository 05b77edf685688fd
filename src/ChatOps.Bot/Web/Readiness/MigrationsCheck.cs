using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatOps.Bot.Web.Readiness;

/// <summary>
/// Ready only once the database has every migration this build knows: a replica that started before another finished
/// migrating, or a database restored from an old backup, would fail on the first query that needs the new schema.
/// </summary>
public sealed class MigrationsCheck(ChatOpsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Every migration is applied.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied yet.", data: new Dictionary<string, object> { ["pending"] = pending });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The applied migrations could not be read: {ex.Message}", ex);
        }
    }
}
