namespace ChatOps.Bot.Alerts.Verification;

/// <summary>Verified when any one of several ways is (Grafana: the bearer token or the HMAC signature); refused with every reason otherwise.</summary>
public sealed class EitherVerifier(params IReadOnlyList<IAlertVerifier> ways) : IAlertVerifier
{
    public VerificationResult Verify(WebhookHeaders headers, ReadOnlySpan<byte> body)
    {
        var reasons = new List<string>(ways.Count);
        foreach (var way in ways)
        {
            var result = way.Verify(headers, body);
            if (result.IsVerified) return result;
            reasons.Add(result.Reason);
        }

        return VerificationResult.Refused(reasons.Count == 0 ? "no way of verifying is configured" : string.Join("; and ", reasons));
    }
}
