using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChatOps.Bot.Observability;

/// <summary>
/// Wires the bot's telemetry: the <c>chatops_*</c> instruments; the Prometheus scrape endpoint unless
/// <c>Metrics__Enabled=false</c>; and, only when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, the same
/// metrics plus traces (ASP.NET Core, HttpClient and <see cref="BotActivity"/>) over OTLP, configured by the other
/// standard <c>OTEL_*</c> settings (protocol, headers, service name, export interval).
/// </summary>
public static class ObservabilityServices
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string DefaultServiceName = "chatops";

    /// <summary>The instruments alone, for whatever records into them; safe to call more than once.</summary>
    public static IServiceCollection AddBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<AcknowledgementMetrics>();
        services.TryAddSingleton<ChatApiMetrics>();
        services.TryAddSingleton<OutboxMetrics>();
        services.TryAddSingleton<IncidentMetrics>();
        return services;
    }

    /// <summary>The exporters and the database gauges; the host registers the <see cref="IBacklogSource"/> they read.</summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotMetrics();
        services.TryAddSingleton<BacklogGauges>();
        var scrape = MetricsOptions.Read(configuration);
        var otlp = OtlpConfigured(configuration);
        if (!scrape.Enabled && !otlp) return services;

        var telemetry = services.AddOpenTelemetry();
        if (string.IsNullOrEmpty(configuration["OTEL_SERVICE_NAME"])) telemetry.ConfigureResource(resource => resource.AddService(DefaultServiceName));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(BotMeter.Name);
            // Every scrape reads afresh: a cached answer would hide what the previous few hundred milliseconds did.
            if (scrape.Enabled) metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
            if (otlp) metrics.AddOtlpExporter();
        });
        // A meter provider listens to meters by name, process-wide: keep to the instruments of this host's own factory.
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
        {
            var own = provider.GetRequiredService<IMeterFactory>();
            metrics.AddView(instrument => instrument.Meter.Scope is { } scope && !ReferenceEquals(scope, own) ? MetricStreamConfiguration.Drop : null);
        });
        if (otlp)
            telemetry.WithTracing(tracing => tracing
                .AddSource(BotActivity.SourceName)
                // The platforms only POST; a GET is a probe or a scrape, every few seconds, and no story worth a trace.
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = http => !HttpMethods.IsGet(http.Request.Method))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
        return services;
    }

    /// <summary>
    /// Maps the scrape endpoint (when enabled) and starts the database gauges. A scrape refreshes the gauges before
    /// the exporter collects, so it reports the database as it is now.
    /// </summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        var scrape = MetricsOptions.Read(app.Configuration);
        if (!scrape.Enabled && !OtlpConfigured(app.Configuration)) return app;
        var gauges = app.Services.GetRequiredService<BacklogGauges>();
        if (scrape.Enabled)
            app.MapPrometheusScrapingEndpoint(scrape.Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
            {
                await gauges.RefreshAsync(http.RequestAborted);
                await next(http);
            }), optionsName: null);
        return app;
    }

    public static bool OtlpConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);
}
