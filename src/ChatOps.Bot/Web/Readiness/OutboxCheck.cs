using ChatOps.Bot.Outbound;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Web.Readiness;

/// <summary>
/// Degraded when effects are parked (a person should look: <c>/healthz</c> lists them) or when an effect has been ready
/// to go for longer than <see cref="ReadinessOptions.OutboxStuckAfter"/> without being delivered (no worker is getting
/// to it). Never unhealthy: the outbox is shared by every replica, and taking them all out of rotation would stop
/// requests from being received without getting a single message out.
/// </summary>
public sealed class OutboxCheck(OutboxStore outbox, IOptions<ReadinessOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var pending = await outbox.CountAsync(EffectStatus.Pending, ct);
        var parked = await outbox.CountAsync(EffectStatus.Parked, ct);
        var waited = await outbox.LongestWaitAsync(time.GetUtcNow(), ct);
        var data = new Dictionary<string, object> { ["pending"] = pending, ["parked"] = parked, ["oldestDueSeconds"] = Math.Round(waited.TotalSeconds, 3) };
        var stuckAfter = options.Value.OutboxStuckAfter;
        var problems = new List<string>();
        if (waited > stuckAfter) problems.Add($"an effect has been ready for {waited:g} without being delivered (more than {stuckAfter:g})");
        if (parked > 0) problems.Add($"{parked} effect(s) parked after repeated failures; /healthz lists the latest");
        return problems.Count == 0
            ? HealthCheckResult.Healthy($"Delivering: {pending} effect(s) pending, none parked.", data)
            : HealthCheckResult.Degraded(string.Join("; ", problems) + ".", data: data);
    }
}
