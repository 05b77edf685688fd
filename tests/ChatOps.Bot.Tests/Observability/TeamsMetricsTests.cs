using System.Net;
using ChatOps.Bot.Tests.Teams.Host;

namespace ChatOps.Bot.Tests.Observability;

/// <summary>Teams' messaging endpoint and its Bot Connector and Graph calls are measured like Slack's.</summary>
public sealed class TeamsMetricsTests : TeamsIncidentTest
{
    [Fact]
    public async Task Teams_requests_and_api_calls_are_counted_by_endpoint_operation_and_status()
    {
        await SayAsync(Alice, General, "incident declare P2 Search is slow");
        await PostedAsync(Announce, "declared INC-2026-001");
        var unsigned = await Host.PostAsync(Driver.ChannelMessage(Alice, General, "incident list").ToJsonString(), authorization: null);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        await Host.InboxIdleAsync();

        var scrape = await Host.ScrapeAsync();
        Assert.Equal(1, scrape.Value("chatops_acknowledgements_total", "endpoint=/api/messages", "outcome=2xx"));
        Assert.Equal(1, scrape.Value("chatops_acknowledgements_total", "endpoint=/api/messages", "outcome=4xx"));
        Assert.Equal(1, scrape.Value("chatops_chat_api_calls_total", "platform=teams", "method=create channel", "status=201"));
        Assert.True(scrape.Value("chatops_outbox_delivery_attempts_total", "platform=teams", "outcome=delivered") >= 3);
        Assert.Equal(1, scrape.Value("chatops_incidents_declared_total", "severity=P2"));
    }
}
