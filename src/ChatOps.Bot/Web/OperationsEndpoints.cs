using ChatOps.Bot.Observability;
using ChatOps.Bot.Web.Readiness;

namespace ChatOps.Bot.Web;

/// <summary>
/// What operators and their tools look at, beside <c>/healthz</c>: the acknowledgement timing of the platforms'
/// requests, <c>/metrics</c> (and OTLP export when configured) with the database gauges, and <c>/readyz</c>.
/// </summary>
public static class OperationsEndpoints
{
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IBacklogSource, DatabaseBacklog>();
        services.AddObservability(configuration);
        services.AddReadiness(configuration);
        return services;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        app.UseAcknowledgementTiming();
        app.MapMetrics();
        app.MapReadiness();
        return app;
    }
}
