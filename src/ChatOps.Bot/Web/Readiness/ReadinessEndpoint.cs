using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatOps.Bot.Web.Readiness;

/// <summary>
/// <c>GET /readyz</c>: whether this replica should be sent requests, from ASP.NET health checks (database reachable,
/// migrations applied, writes stored, outbox moving) as <see cref="HealthJson"/>; 200 when healthy or degraded, 503 when unhealthy.
/// <c>/healthz</c> stays the liveness check (<see cref="HealthEndpoint"/>).
/// </summary>
public static class ReadinessEndpoint
{
    public const string Path = "/readyz";
    public const string Tag = "ready";

    /// <summary>A database that takes longer than this to answer a probe counts as not answering.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddReadiness(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReadinessOptions>(configuration.GetSection(ReadinessOptions.Section));
        services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", tags: [Tag], timeout: CheckTimeout)
            .AddCheck<MigrationsCheck>("migrations", tags: [Tag], timeout: CheckTimeout)
            .AddCheck<WritesCheck>("writes", tags: [Tag], timeout: CheckTimeout)
            .AddCheck<OutboxCheck>("outbox", failureStatus: HealthStatus.Degraded, tags: [Tag], timeout: CheckTimeout);
        return services;
    }

    public static IEndpointConventionBuilder MapReadiness(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks(Path, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Tag),
            ResponseWriter = HealthJson.WriteAsync,
        });
}
