namespace ChatOps.Bot.Alerts.Verification;

/// <summary>Checks that a webhook came from the configured sender, in constant time, before anything of it is stored.</summary>
public interface IAlertVerifier
{
    /// <param name="body">The raw request body exactly as received: signatures are over these bytes.</param>
    VerificationResult Verify(WebhookHeaders headers, ReadOnlySpan<byte> body);
}
