namespace ChatOps.Bot.Alerts.Verification;

/// <summary>
/// PagerDuty V3's <c>X-PagerDuty-Signature</c>: comma-separated <c>v1=</c> + hex HMAC-SHA256 of the raw body, one per
/// signing secret while a secret is rotated; the delivery is genuine when any v1 entry matches any configured secret
/// (developer.pagerduty.com, docs/webhooks/04-Signatures.md). Other versions are skipped.
/// </summary>
public sealed class PagerDutySignatureVerifier : IAlertVerifier
{
    public const string Header = "X-PagerDuty-Signature";

    private const string Version = "v1=";
    private readonly IReadOnlyList<string> _secrets;

    /// <param name="secrets">The subscription's secret; two while rotating ours.</param>
    public PagerDutySignatureVerifier(params IReadOnlyList<string> secrets)
    {
        if (secrets.Count == 0 || secrets.Any(string.IsNullOrEmpty)) throw new ArgumentException("PagerDuty signing secrets must not be empty.", nameof(secrets));
        _secrets = secrets;
    }

    public VerificationResult Verify(WebhookHeaders headers, ReadOnlySpan<byte> body)
    {
        var header = headers[Header];
        if (string.IsNullOrWhiteSpace(header)) return VerificationResult.Refused($"no {Header} header");
        if (body.IsEmpty) return VerificationResult.Refused("the body is empty, so there is nothing signed");
        var signatures = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith(Version, StringComparison.Ordinal))
            .Select(s => s[Version.Length..])
            .ToList();
        if (signatures.Count == 0) return VerificationResult.Refused($"{Header} holds no {Version} signature");

        var matched = false;
        foreach (var secret in _secrets)
        {
            var expected = Secrets.Mac(secret, body);
            foreach (var signature in signatures)
            {
                // No early exit: every pair is compared, so the time taken says nothing about which one matched.
                matched |= Secrets.HexMatches(signature, expected);
            }
        }

        return matched
            ? VerificationResult.Verified("PagerDuty v1 signature")
            : VerificationResult.Refused($"no {Version} signature in {Header} matches the body");
    }
}
