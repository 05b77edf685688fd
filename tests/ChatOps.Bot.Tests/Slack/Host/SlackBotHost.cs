using System.Net.Http.Headers;
using System.Text;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Support;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>The real bot host on a loopback port, configured for Slack, with signed requests.</summary>
public sealed class SlackBotHost : LoopbackBotHost
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    private SlackBotHost(LoopbackBotHost started)
        : base(started)
    {
    }

    public static async Task<SlackBotHost> StartAsync(string apiBaseUrl, string? folder = null, FakeTimeProvider? time = null, Dictionary<string, string?>? extra = null, Core.Runbooks.Runbook? runbook = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = apiBaseUrl,
            ["Slack:PostInterval"] = "00:00:00",
            ["Slack:AnnounceChannel"] = "CANNOUNCE",
        };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        return new SlackBotHost(await StartAsync(settings, folder, time, "chatops-slack-", runbook));
    }

    /// <summary>Posts a body signed as Slack signs it, at the host's current time unless told otherwise.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, DateTimeOffset? signedAt = null, string? signature = null)
    {
        var timestamp = (signedAt ?? Time.GetUtcNow()).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature ?? new SlackSignature(SigningSecret, Time).Sign(timestamp, Encoding.UTF8.GetBytes(body)));
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, string body, DateTimeOffset? signedAt = null, string? signature = null) =>
        PostSignedAsync(path, body, "application/x-www-form-urlencoded", signedAt, signature);

    public Task<HttpResponseMessage> PostJsonAsync(string path, string body, DateTimeOffset? signedAt = null, string? signature = null) =>
        PostSignedAsync(path, body, "application/json", signedAt, signature);
}
