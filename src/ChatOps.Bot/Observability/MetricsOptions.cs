namespace ChatOps.Bot.Observability;

/// <summary>The Prometheus scrape endpoint, section <c>Metrics</c> (<c>Metrics__Enabled</c>, <c>Metrics__Path</c>).</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>False: no scrape endpoint (the path answers 404); OTLP export, when configured, goes on.</summary>
    public bool Enabled { get; set; } = true;

    public string Path { get; set; } = "/metrics";

    public static MetricsOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<MetricsOptions>() ?? new MetricsOptions();
        if (!options.Path.StartsWith('/')) options.Path = "/" + options.Path;
        return options;
    }
}
