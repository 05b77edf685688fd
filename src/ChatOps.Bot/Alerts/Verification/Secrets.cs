using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Bot.Alerts.Verification;

/// <summary>HMAC-SHA256 and comparisons that take the same time whatever the bytes, so a mismatch tells an attacker nothing.</summary>
internal static class Secrets
{
    /// <summary>HMAC-SHA256 keyed with the secret's UTF-8 bytes over <paramref name="prefix"/> then <paramref name="body"/>.</summary>
    public static byte[] Mac(string secret, ReadOnlySpan<byte> body, string prefix = "")
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        if (prefix.Length > 0) hmac.AppendData(Encoding.UTF8.GetBytes(prefix));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    /// <summary>True when <paramref name="hex"/> is the hex (either case) of <paramref name="mac"/>; the comparison is constant-time.</summary>
    public static bool HexMatches(string hex, byte[] mac)
    {
        var given = new byte[mac.Length];
        var decoded = hex.Length == mac.Length * 2 && Convert.FromHexString(hex, given, out _, out var written) == System.Buffers.OperationStatus.Done && written == mac.Length;
        return CryptographicOperations.FixedTimeEquals(given, mac) & decoded;
    }

    /// <summary>Compares two texts in time that depends on neither (both are hashed to the same length first).</summary>
    public static bool TextEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
