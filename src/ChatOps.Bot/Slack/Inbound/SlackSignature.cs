using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// Verifies Slack's request signature: <c>v0=</c> HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c> keyed with the
/// signing secret, compared in constant time, with the timestamp within five minutes of now.
/// https://docs.slack.dev/authentication/verifying-requests-from-slack
/// </summary>
public sealed class SlackSignature(string signingSecret, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public bool IsValid(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (signingSecret.Length == 0 || string.IsNullOrEmpty(signature) || !signature.StartsWith("v0=", StringComparison.Ordinal)) return false;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        var sent = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if ((time.GetUtcNow() - sent).Duration() > Window) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(timestamp!, body));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public string Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }
}
