using ChatOps.Bot.Tests.Slack.Host;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ChatOps.Bot.Tests.Observability;

/// <summary>Traces and metrics go out over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and only then.</summary>
public sealed class OtlpExportTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task An_incident_is_exported_as_spans_and_metrics_to_the_configured_collector()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var slack = await SlackIncidentTest.StartWorkspaceAsync();
        var settings = SlackIncidentTest.BotSettings();
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint;
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        var host = await SlackBotHost.StartAsync(slack.BaseUrl.ToString(), extra: settings);
        try
        {
            await new SlackDriver(host, slack).SlashAsync(SlackIncidentTest.Alice, SlackIncidentTest.General, "declare P1 Checkout slow");
            await slack.WaitForCallAsync("pins.add", null, Wait);
            await host.InboxIdleAsync();
        }
        finally
        {
            // Stopping flushes what the batching exporters still hold.
            await host.DisposeAsync();
        }

        var traces = collector.Received("/v1/traces");
        Assert.Contains("engine unit of work", traces);
        Assert.Contains("outbox delivery", traces);
        Assert.Contains("POST /slack/commands", traces);
        Assert.Contains("chatops", traces);
        var metrics = collector.Received("/v1/metrics");
        Assert.Contains("chatops.incidents.declared", metrics);
        Assert.Contains("chatops.outbox.delivery_attempts", metrics);
    }

    [Fact]
    public async Task Without_an_endpoint_nothing_is_traced_and_metrics_are_only_scraped()
    {
        await using var host = await SlackBotHost.StartAsync("http://127.0.0.1:9/api/");

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }
}
