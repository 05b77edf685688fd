using System.Text;
using ChatOps.Bot.Slack.Inbound;

namespace ChatOps.Bench;

/// <summary>Signed <c>/incident declare</c> slash commands, as Slack sends them.</summary>
public sealed class SignedDeclares(LeanSlack slack)
{
    private readonly SlackSignature _signer = new(BotSettings.SigningSecret, TimeProvider.System);
    private long _next;

    /// <summary>A declare whose title carries <paramref name="tag"/> (it ends up in the channel's name).</summary>
    public HttpRequestMessage Create(string path, string severity, out string tag)
    {
        var n = Interlocked.Increment(ref _next);
        tag = $"r{n:D6}";
        var body = string.Join('&',
            "token=unused", "team_id=T0BENCH", "team_domain=bench", "channel_id=C0GENERAL", "channel_name=general",
            $"user_id={BotSettings.Declarer}", "user_name=bench", "command=%2Fincident",
            "text=" + Uri.EscapeDataString($"declare {severity} Bench load {tag}"),
            "response_url=" + Uri.EscapeDataString(slack.ResponseUrl.ToString()),
            $"trigger_id=bench.{Environment.ProcessId}.{n}.{Guid.NewGuid():N}");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", _signer.Sign(timestamp, bytes));
        return request;
    }
}
