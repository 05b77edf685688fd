using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Observability;

/// <summary>Reads a host's <c>/metrics</c> the way Prometheus does.</summary>
public static class Scrapes
{
    public static async Task<PrometheusText> ScrapeAsync(this LoopbackBotHost host, string path = "/metrics")
    {
        using var response = await host.Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }
}
