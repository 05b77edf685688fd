namespace ChatOps.Bot.Alerts.Verification;

/// <summary>Refuses every request: the source has no secret configured, and an endpoint never accepts unverified alerts.</summary>
public sealed class RefuseAll(string reason) : IAlertVerifier
{
    public VerificationResult Verify(WebhookHeaders headers, ReadOnlySpan<byte> body) => VerificationResult.Refused(reason);
}
