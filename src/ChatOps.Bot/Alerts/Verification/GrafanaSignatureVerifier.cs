using System.Globalization;

namespace ChatOps.Bot.Alerts.Verification;

/// <summary>
/// Grafana's webhook HMAC: lowercase hex HMAC-SHA256 keyed with the shared secret over the raw body, or over
/// <c>{timestamp}:{body}</c> when the contact point sends a timestamp header, whose Unix seconds must then be within
/// <see cref="GrafanaSignatureOptions.Window"/> of now (grafana/alerting <c>http/hmac.go</c>; Grafana's webhook notifier docs).
/// </summary>
public sealed class GrafanaSignatureVerifier : IAlertVerifier
{
    private readonly string _secret;
    private readonly TimeProvider _time;
    private readonly GrafanaSignatureOptions _options;

    public GrafanaSignatureVerifier(string secret, TimeProvider time, GrafanaSignatureOptions? options = null)
    {
        if (string.IsNullOrEmpty(secret)) throw new ArgumentException("The Grafana signing secret must not be empty.", nameof(secret));
        _secret = secret;
        _time = time;
        _options = options ?? new GrafanaSignatureOptions();
    }

    public VerificationResult Verify(WebhookHeaders headers, ReadOnlySpan<byte> body)
    {
        var signature = headers[_options.SignatureHeader]?.Trim();
        if (string.IsNullOrEmpty(signature)) return VerificationResult.Refused($"no {_options.SignatureHeader} header");
        var timestamp = headers[_options.TimestampHeader]?.Trim();
        if (string.IsNullOrEmpty(timestamp))
        {
            return _options.RequireTimestamp
                ? VerificationResult.Refused($"no {_options.TimestampHeader} header; set it as the contact point's HMAC timestamp header")
                : Check(signature, Secrets.Mac(_secret, body), "Grafana HMAC signature");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            return VerificationResult.Refused($"{_options.TimestampHeader} is not Unix seconds");
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > _options.Window)
        {
            return VerificationResult.Refused(
                $"the signature's timestamp is {(int)age.Duration().TotalSeconds} s {(age > TimeSpan.Zero ? "old" : "ahead")}; "
                + $"at most {(int)_options.Window.TotalSeconds} s is accepted (check both clocks)");
        }

        return Check(signature, Secrets.Mac(_secret, body, prefix: timestamp + ":"), "Grafana HMAC signature with timestamp");
    }

    private VerificationResult Check(string signature, byte[] expected, string how) =>
        Secrets.HexMatches(signature, expected)
            ? VerificationResult.Verified(how)
            : VerificationResult.Refused($"{_options.SignatureHeader} does not match the body");
}
