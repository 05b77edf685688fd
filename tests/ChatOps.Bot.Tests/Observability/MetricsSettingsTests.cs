using System.Net;
using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.Observability;

/// <summary><c>Metrics__Enabled</c> and <c>Metrics__Path</c> move or remove the scrape endpoint.</summary>
public sealed class MetricsSettingsTests
{
    // Nothing in these tests calls Slack.
    private const string NoSlack = "http://127.0.0.1:9/api/";

    [Fact]
    public async Task Metrics_turned_off_answer_404()
    {
        await using var host = await SlackBotHost.StartAsync(NoSlack, extra: new() { ["Metrics:Enabled"] = "false" });

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Metrics_are_served_on_the_configured_path_only()
    {
        await using var host = await SlackBotHost.StartAsync(NoSlack, extra: new() { ["Metrics:Path"] = "/internal/metrics" });

        var scrape = await host.ScrapeAsync("/internal/metrics");
        Assert.Equal(0, scrape.Value("chatops_inbox_pending"));
        Assert.Contains(scrape.Samples, s => s.Name == "chatops_incidents_open" && s.Labels["severity"] == "P3");
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/metrics")).StatusCode);
    }
}
