using System.Globalization;
using System.Net.Http.Headers;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>Slack's <c>v0</c> request signature as Slack makes it, and every way it can be missing, forged or stale.</summary>
public static class SlackSigners
{
    private const string TimestampHeader = "X-Slack-Request-Timestamp";
    private const string SignatureHeader = "X-Slack-Signature";

    private static readonly SlackSignature Secret = new(SlackBotHost.SigningSecret, TimeProvider.System);

    public static Signer Valid => At(TimeSpan.Zero);

    public static Signer None => (_, _, _) => { };

    /// <summary>Correctly signed, with a timestamp <paramref name="offset"/> from the bot's clock.</summary>
    public static Signer At(TimeSpan offset) => (headers, body, now) => Add(headers, Timestamp(now + offset), body);

    public static Signer TimestampOnly => (headers, _, now) => headers.Add(TimestampHeader, Timestamp(now));

    public static Signer SignatureOnly => (headers, body, now) => headers.Add(SignatureHeader, Secret.Sign(Timestamp(now), body));

    public static Signer Zeros => (headers, _, now) =>
    {
        headers.Add(TimestampHeader, Timestamp(now));
        headers.Add(SignatureHeader, "v0=" + new string('0', 64));
    };

    public static Signer OtherSecret => (headers, body, now) =>
    {
        var timestamp = Timestamp(now);
        headers.Add(TimestampHeader, timestamp);
        headers.Add(SignatureHeader, new SlackSignature("not-the-signing-secret", TimeProvider.System).Sign(timestamp, body));
    };

    /// <summary>A timestamp that is not Unix seconds, signed as is.</summary>
    public static Signer BadTimestamp(string timestamp) => (headers, body, _) => Add(headers, timestamp, body);

    /// <summary>The right HMAC under another version prefix.</summary>
    public static Signer Version(string prefix) => (headers, body, now) =>
    {
        var timestamp = Timestamp(now);
        headers.Add(TimestampHeader, timestamp);
        headers.Add(SignatureHeader, prefix + Secret.Sign(timestamp, body)["v0=".Length..]);
    };

    /// <summary>A valid signature of a body other than the one sent.</summary>
    public static Signer OverOtherBody => (headers, body, now) => Add(headers, Timestamp(now), [.. body, (byte)' ']);

    /// <summary>The valid signature and a forged one, as two header values.</summary>
    public static Signer Twice => (headers, body, now) =>
    {
        Add(headers, Timestamp(now), body);
        headers.Add(SignatureHeader, "v0=" + new string('0', 64));
    };

    /// <summary>A valid signature inside a header far larger than any server accepts.</summary>
    public static Signer HugeHeader => (headers, body, now) =>
    {
        Add(headers, Timestamp(now), body);
        headers.Add("X-Slack-Padding", new string('x', 64 * 1024));
    };

    private static void Add(HttpRequestHeaders headers, string timestamp, byte[] body)
    {
        headers.Add(TimestampHeader, timestamp);
        headers.Add(SignatureHeader, Secret.Sign(timestamp, body));
    }

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
