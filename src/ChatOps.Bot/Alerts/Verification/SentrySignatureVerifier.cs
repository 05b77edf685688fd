namespace ChatOps.Bot.Alerts.Verification;

/// <summary>
/// Sentry's <c>Sentry-Hook-Signature</c>: hex HMAC-SHA256 of the raw body keyed with the integration's client secret
/// (docs.sentry.io, integration-platform/webhooks, "Verifying the Signature"). <c>Sentry-Hook-Timestamp</c> is not
/// part of what is signed. The legacy WebHooks plugin signs nothing and so cannot pass.
/// </summary>
public sealed class SentrySignatureVerifier : IAlertVerifier
{
    public const string Header = "Sentry-Hook-Signature";

    private readonly string _secret;

    public SentrySignatureVerifier(string clientSecret)
    {
        if (string.IsNullOrEmpty(clientSecret)) throw new ArgumentException("The Sentry client secret must not be empty.", nameof(clientSecret));
        _secret = clientSecret;
    }

    public VerificationResult Verify(WebhookHeaders headers, ReadOnlySpan<byte> body)
    {
        var signature = headers[Header]?.Trim();
        if (string.IsNullOrEmpty(signature)) return VerificationResult.Refused($"no {Header} header");
        return Secrets.HexMatches(signature, Secrets.Mac(_secret, body))
            ? VerificationResult.Verified("Sentry signature")
            : VerificationResult.Refused($"{Header} does not match the body");
    }
}
