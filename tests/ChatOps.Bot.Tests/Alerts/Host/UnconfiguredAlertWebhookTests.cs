using System.Net;
using ChatOps.Bot.Tests.Alerts.Verification;
using ChatOps.Bot.Tests.Slack.Host;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Host;

/// <summary>With no token or secret set, an alert endpoint is never open: it refuses everything and names the setting to set.</summary>
public sealed class UnconfiguredAlertWebhookTests : SlackIncidentTest
{
    [Theory]
    [InlineData("alertmanager", "set Alerts__Token")]
    [InlineData("grafana", "nor a Grafana secret (Alerts__Grafana__Secret)")]
    [InlineData("pagerduty", "set Alerts__PagerDuty__Secret")]
    [InlineData("sentry", "set Alerts__Sentry__Secret")]
    public async Task Each_source_without_its_setting_refuses_with_401_naming_the_setting(string source, string says)
    {
        var body = Bytes(AlertmanagerFiring);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/alerts/{source}") { Content = new ByteArrayContent(body) };
        // Whatever it carries: an empty token or secret would otherwise verify.
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer ");
        request.Headers.TryAddWithoutValidation("X-Grafana-Alerting-Signature", HexSignature.Of("", body));

        var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(says, await response.Content.ReadAsStringAsync());
        await Host.InboxIdleAsync();
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "chat.postMessage");
    }
}
