using ChatOps.Bot.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatOps.Bot.Web.Readiness;

/// <summary>Ready only while the database answers: without it nothing received can be stored.</summary>
public sealed class DatabaseCheck(ChatOpsDbContext db, StorageOptions storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(ct)
                ? HealthCheckResult.Healthy($"The {storage.Describe()} answers.")
                : HealthCheckResult.Unhealthy($"The {storage.Describe()} cannot be reached.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The {storage.Describe()} cannot be reached: {ex.Message}", ex);
        }
    }
}
