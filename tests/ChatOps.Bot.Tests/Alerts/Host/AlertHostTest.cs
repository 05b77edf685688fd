using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Bot.Tests.Alerts.Verification;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Alerts;
using ChatOps.Core.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Alerts.Host;

/// <summary>
/// The real bot on Slack (fake Slack on loopback, real SQLite, manual clock) with every alert source configured, and
/// helpers that send the published webhook payloads as each monitoring tool sends them: bearer token or signature.
/// </summary>
public abstract class AlertHostTest : SlackIncidentTest
{
    public const string Token = "alerts-token-4f1c9b";
    public const string GrafanaSecret = "grafana-contact-point-secret";
    public const string SentrySecret = "a8e5d37a696c4c54adb5b3f28d64c7de-client-secret";

    /// <summary>The secret of PagerDuty's published signature vector (go-pagerduty's TestVerifySignature).</summary>
    public static string PagerDutySecret => AlertFixtures.Json("pagerduty-v3", "signature-vector.go-pagerduty.json")["secret"]!.GetValue<string>();

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Alerts:Token"] = Token;
        settings["Alerts:Grafana:Secret"] = GrafanaSecret;
        settings["Alerts:PagerDuty:Secret"] = PagerDutySecret;
        settings["Alerts:Sentry:Secret"] = SentrySecret;
    }

    protected Task<HttpResponseMessage> PostAsync(string source, byte[] body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/alerts/{source}") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return Host.Client.SendAsync(request);
    }

    protected Task<HttpResponseMessage> AlertmanagerAsync(byte[] body, string token = Token) =>
        PostAsync("alertmanager", body, ("Authorization", $"Bearer {token}"));

    protected Task<HttpResponseMessage> PagerDutyAsync(byte[] body, string webhookId, string? signature = null) =>
        PostAsync("pagerduty", body, ("X-PagerDuty-Signature", signature ?? "v1=" + HexSignature.Of(PagerDutySecret, body)), ("X-Webhook-Id", webhookId));

    protected Task<HttpResponseMessage> SentryAsync(byte[] body, string resource, string? signature = null) =>
        PostAsync("sentry", body, ("Sentry-Hook-Resource", resource), ("Sentry-Hook-Signature", signature ?? HexSignature.Of(SentrySecret, body)));

    /// <summary>Signed as a Grafana contact point with an HMAC secret signs: over the body, or over "timestamp:body" when it sends a timestamp.</summary>
    protected Task<HttpResponseMessage> GrafanaSignedAsync(byte[] body, DateTimeOffset? signedAt)
    {
        if (signedAt is not { } at) return PostAsync("grafana", body, ("X-Grafana-Alerting-Signature", HexSignature.Of(GrafanaSecret, body)));
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return PostAsync("grafana", body,
            ("X-Grafana-Alerting-Signature", HexSignature.Of(GrafanaSecret, timestamp + ":", body)), ("X-Grafana-Alerting-Signature-Timestamp", timestamp));
    }

    protected static async Task AssertAnsweredAsync(HttpResponseMessage response, System.Net.HttpStatusCode status, string says)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Contains(says, text);
    }

    protected async Task<T> ReadAsync<T>(Func<ChatOpsDbContext, Task<T>> read)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>());
    }

    protected Task<List<Incident>> IncidentsAsync() => ReadAsync(db => db.Incidents.AsNoTracking().OrderBy(i => i.Sequence).ToListAsync());

    protected Task<List<AlertSuggestion>> SuggestionsAsync() => ReadAsync(db => db.AlertSuggestions.AsNoTracking().OrderBy(s => s.Id).ToListAsync());

    /// <summary>Alert notifications stored in the inbox.</summary>
    protected Task<int> StoredNotificationsAsync() => ReadAsync(db => db.Inbox.CountAsync(r => r.Platform == "alerts"));

    /// <summary>Nothing of a refused webhook was kept: no stored notification, incident, suggestion or post.</summary>
    protected async Task AssertNothingStoredAsync()
    {
        await Host.InboxIdleAsync();
        Assert.Equal(0, await StoredNotificationsAsync());
        Assert.Empty(await IncidentsAsync());
        Assert.Empty(await SuggestionsAsync());
        Assert.DoesNotContain(Slack.Calls, c => c.Method is "chat.postMessage" or "conversations.create");
    }

    /// <summary>The incident channel the bot created.</summary>
    protected FakeChannel IncidentChannel(int number = 1) =>
        Slack.Channels.Single(c => c.Name.StartsWith($"inc-{Host.Time.GetUtcNow().Year}-{number:000}-", StringComparison.Ordinal));

    /// <summary>The suggestion card posted in the announce channel whose title says <paramref name="title"/>.</summary>
    protected Task<SlackCall> SuggestionCardAsync(string title) => PostedAsync(Announce, title);

    /// <summary>The value of the button <paramref name="actionId"/> on a posted card.</summary>
    protected static string ButtonValue(SlackCall card, string actionId) =>
        JsonNode.Parse(card.Arg("blocks")!)!.AsArray()
            .Where(b => (string?)b!["type"] == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .Single(e => BlockKitActionIds.Base((string)e!["action_id"]!) == actionId)!["value"]!.GetValue<string>();

    /// <summary>Every text of a message's blocks, one per line, as Slack shows them.</summary>
    protected static string BlocksText(SlackCall message) => string.Join('\n', Texts(JsonNode.Parse(message.Arg("blocks") ?? "[]")));

    /// <summary>The texts of a message's blocks that Slack reads as mrkdwn (plain_text shows as typed).</summary>
    protected static string MrkdwnText(SlackCall message) => string.Join('\n', Texts(JsonNode.Parse(message.Arg("blocks") ?? "[]"), mrkdwnOnly: true));

    private static IEnumerable<string> Texts(JsonNode? node, bool mrkdwnOnly = false) => node switch
    {
        JsonObject obj => obj.SelectMany(p =>
            p.Key == "text" && p.Value is JsonValue value && value.TryGetValue<string>(out var text)
                ? mrkdwnOnly && (string?)obj["type"] != "mrkdwn" ? [] : [text]
                : Texts(p.Value, mrkdwnOnly)),
        JsonArray array => array.SelectMany(n => Texts(n, mrkdwnOnly)),
        _ => [],
    };
}
