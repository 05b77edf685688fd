using ChatOps.Bot.Alerts.Verification;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Verification;

/// <summary>Sentry-Hook-Signature: hex HMAC-SHA256 of the raw body with the integration's client secret.</summary>
public sealed class SentrySignatureVerifierTests
{
    private const string ClientSecret = "a8e5d37a696c4c54adb5b3f28d64c7de-client-secret";
    private static readonly byte[] Body = Bytes(SentryEventAlert);
    private static readonly SentrySignatureVerifier Verifier = new(ClientSecret);

    [Fact]
    public void The_signature_over_the_raw_documented_body_verifies()
    {
        var result = Verifier.Verify(Headers(("Sentry-Hook-Signature", HexSignature.Of(ClientSecret, Body)), ("Sentry-Hook-Resource", "event_alert")), Body);

        Assert.True(result.IsVerified, result.ToString());
    }

    [Fact]
    public void A_signature_over_the_re_serialised_body_does_not_verify_the_raw_one()
    {
        // Sentry's sample code signs JSON.stringify(body); only the raw bytes are what was sent.
        var reserialised = Changed(SentryEventAlert, _ => { });

        Assert.NotEqual(Body, reserialised);
        Assert.False(Verifier.Verify(Headers(("Sentry-Hook-Signature", HexSignature.Of(ClientSecret, reserialised))), Body).IsVerified);
    }

    [Fact]
    public void Another_secret_or_a_missing_header_is_refused()
    {
        Assert.Equal("Sentry-Hook-Signature does not match the body",
            Verifier.Verify(Headers(("Sentry-Hook-Signature", HexSignature.Of("someone-else", Body))), Body).Reason);
        Assert.Equal("no Sentry-Hook-Signature header", Verifier.Verify(Headers(("Sentry-Hook-Timestamp", "1566248777")), Body).Reason);
        Assert.False(Verifier.Verify(Headers(("Sentry-Hook-Signature", "not hex at all")), Body).IsVerified);
    }
}
