using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Bot.Tests.Alerts.Verification;

/// <summary>
/// The sender's side of a signature, written here from the documented scheme (Grafana and Sentry publish no test
/// vector): lowercase hex HMAC-SHA256 keyed with the secret's UTF-8 bytes. The PagerDuty vector pins this primitive.
/// </summary>
internal static class HexSignature
{
    public static string Of(string secret, byte[] message) => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));

    public static string Of(string secret, string prefix, byte[] body) => Of(secret, [.. Encoding.UTF8.GetBytes(prefix), .. body]);
}
