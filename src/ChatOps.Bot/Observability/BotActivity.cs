using System.Diagnostics;

namespace ChatOps.Bot.Observability;

/// <summary>
/// The bot's own spans: one per engine unit of work and one per outbox delivery, beside ASP.NET Core's and
/// HttpClient's. Exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; without a listener
/// <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null and costs next to nothing.
/// </summary>
public static class BotActivity
{
    public const string SourceName = "ChatOps";

    public static readonly ActivitySource Source = new(SourceName);
}
