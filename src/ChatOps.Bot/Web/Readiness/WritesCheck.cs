using ChatOps.Bot.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Web.Readiness;

/// <summary>
/// Ready only while the database takes writes: a replica that cannot store what it receives would answer every
/// request with an error, so it is taken out of rotation. Judged by a real write (<see cref="StorageWriteProbe"/>, at
/// most once per <see cref="ReadinessOptions.WriteProbeEvery"/>) and every write the bot made since.
/// </summary>
public sealed class WritesCheck(StorageWriteProbe probe, StorageOptions storage, IOptions<ReadinessOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var writes = await probe.CheckAsync(options.Value.WriteProbeEvery, ct);
        var data = StorageReport.Data(writes);
        return writes.FailingSince is { } since
            ? HealthCheckResult.Unhealthy($"Writes to the {storage.Describe()} are failing since {StorageReport.Time(since)}: {writes.LastError}", data: data)
            : HealthCheckResult.Healthy($"The {storage.Describe()} takes writes.", data);
    }
}
