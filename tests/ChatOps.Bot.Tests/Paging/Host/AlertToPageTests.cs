using System.Net;
using System.Net.Http.Headers;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Alerts.Verification;
using ChatOps.Core.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Paging.Host;

/// <summary>
/// The whole loop, monitoring to phones and back: Alertmanager's published critical group declares a P0, which pages
/// PagerDuty and Opsgenie once each (a retried delivery pages nobody again); acknowledging in chat acknowledges both
/// pages and resolving resolves them; and a PagerDuty webhook saying the incident we paged was acknowledged
/// acknowledges ours, with the responder's name on the timeline.
/// </summary>
public sealed class AlertToPageTests : PagingSlackTest
{
    private const string AlertToken = "alerts-token-e2e";
    private const string DedupKey = "chatops-INC-2026-001-0";
    private const string Alias = DedupKey + "-platform";

    private static string PagerDutySecret => Alerts.AlertFixtures.Json("pagerduty-v3", "signature-vector.go-pagerduty.json")["secret"]!.GetValue<string>();

    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        settings["Alerts:Token"] = AlertToken;
        settings["Alerts:PagerDuty:Secret"] = PagerDutySecret;
    }

    [Fact]
    public async Task A_critical_Alertmanager_group_pages_once_and_chat_acknowledges_and_resolves_the_pages()
    {
        var body = Bytes(AlertmanagerFiring);
        Assert.Equal(HttpStatusCode.OK, (await AlertmanagerAsync(body)).StatusCode);
        await Host.InboxIdleAsync();
        Assert.Equal(HttpStatusCode.OK, (await AlertmanagerAsync(body)).StatusCode);
        await Host.InboxIdleAsync();

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("P0", "alertmanager"), (incident.SeverityKey, incident.DeclaredBy));
        var trigger = Assert.Single(PagerDutyEvents("trigger"), e => (string?)e["routing_key"] == PrimaryKey);
        Assert.Equal(DedupKey, (string?)trigger["dedup_key"]);
        Assert.StartsWith("INC-2026-001 P0 ", (string?)trigger["payload"]!["summary"]);
        Assert.Single(Opsgenie.Requests, r => r.Path == "/v2/alerts");

        // The on-call engineer, invited at P0 and made commander of an incident monitoring declared, answers the page.
        await Driver.SlashAsync(OnCall, incident.ChannelId, "ack");
        await Host.InboxIdleAsync();
        await Driver.SlashAsync(OnCall, incident.ChannelId, "resolve CPU cooler replaced");
        await Host.InboxIdleAsync();

        Assert.Equal(["trigger", "acknowledge", "resolve"],
            PagerDuty.Requests.Where(r => (string?)r.Json!["routing_key"] == PrimaryKey).Select(r => (string?)r.Json!["event_action"]));
        Assert.All(PagerDuty.Requests, r => Assert.Equal(DedupKey, (string?)r.Json!["dedup_key"]));
        Assert.All(PagerDuty.Requests, r => Assert.Empty(r.Violations));
        Assert.Equal(["/v2/alerts", $"/v2/alerts/{Alias}/acknowledge", $"/v2/alerts/{Alias}/close"], Opsgenie.Requests.Select(r => r.Path));
        Assert.All(Opsgenie.Requests, r => Assert.Empty(r.Violations));
    }

    [Fact]
    public async Task A_PagerDuty_acknowledgement_of_the_page_acknowledges_the_incident_with_the_responders_name()
    {
        Assert.Equal(HttpStatusCode.OK, (await AlertmanagerAsync(Bytes(AlertmanagerFiring))).StatusCode);
        await Host.InboxIdleAsync();
        Assert.Null(Assert.Single(await IncidentsAsync()).AcknowledgedAt);

        // The published acknowledgement, as PagerDuty sends it for the incident our trigger opened: its incident_key is
        // our dedup_key (the published capture carries none).
        var acknowledged = Changed(PagerDutyAcknowledged, json => json["event"]!["data"]!["incident_key"] = DedupKey);
        Assert.True((await PagerDutyAsync(acknowledged, "webhook-ack-1")).IsSuccessStatusCode);
        await Host.InboxIdleAsync();

        var incident = Assert.Single(await IncidentsAsync());
        Assert.NotNull(incident.AcknowledgedAt);
        Assert.Equal("PIG 208 (PagerDuty)", incident.AcknowledgedBy);
        await PostedAsync(incident.ChannelId, "PIG 208 (PagerDuty) acknowledged INC-2026-001");
    }

    private Task<HttpResponseMessage> AlertmanagerAsync(byte[] body) => PostAsync("alertmanager", body, ("Authorization", $"Bearer {AlertToken}"));

    private Task<HttpResponseMessage> PagerDutyAsync(byte[] body, string webhookId) =>
        PostAsync("pagerduty", body, ("X-PagerDuty-Signature", "v1=" + HexSignature.Of(PagerDutySecret, body)), ("X-Webhook-Id", webhookId));

    private Task<HttpResponseMessage> PostAsync(string source, byte[] body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/alerts/{source}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return Host.Client.SendAsync(request);
    }

    private async Task<List<Incident>> IncidentsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Incidents.AsNoTracking().ToListAsync();
    }
}
