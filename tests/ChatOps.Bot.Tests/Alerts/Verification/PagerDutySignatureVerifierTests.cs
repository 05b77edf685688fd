using System.Text;
using System.Text.Json;
using ChatOps.Bot.Alerts.Verification;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Verification;

/// <summary>X-PagerDuty-Signature against go-pagerduty's published test vector (secret, exact body, signatures).</summary>
public sealed class PagerDutySignatureVerifierTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(Bytes("pagerduty-v3", "signature-vector.go-pagerduty.json")).RootElement;
    private static readonly byte[] Body = Bytes(PagerDutySignedBody);
    private static readonly string Secret = Vector.GetProperty("secret").GetString()!;
    private static readonly PagerDutySignatureVerifier Verifier = new(Secret);

    [Fact]
    public void The_published_valid_signature_verifies()
    {
        var result = Verify(Case("valid"), Body);

        Assert.True(result.IsVerified, result.ToString());
    }

    [Fact]
    public void The_published_mismatching_signature_is_refused()
    {
        var result = Verify(Case("mismatch"), Body);

        Assert.False(result.IsVerified);
        Assert.Equal("no v1= signature in X-PagerDuty-Signature matches the body", result.Reason);
    }

    [Fact]
    public void A_missing_header_is_refused()
    {
        Assert.Equal("", Case("malformed_header"));
        Assert.Equal("no X-PagerDuty-Signature header", Verifier.Verify(WebhookHeadersWithout(), Body).Reason);
        Assert.False(Verify(Case("malformed_header"), Body).IsVerified);
    }

    [Fact]
    public void An_empty_body_is_refused_even_with_the_valid_signature()
    {
        var result = Verify(Case("malformed_body"), []);

        Assert.False(result.IsVerified);
        Assert.Equal("the body is empty, so there is nothing signed", result.Reason);
    }

    [Fact]
    public void During_rotation_any_one_of_several_signatures_may_match()
    {
        // The docs' two rotation signatures (format only: no secret is published for them) with the valid one after them.
        var header = $"{Vector.GetProperty("doc_header_example").GetString()},{Case("valid")}";

        Assert.True(Verify(header, Body).IsVerified);
        Assert.True(Verify($"{Case("valid")}, {Case("mismatch")}", Body).IsVerified);
    }

    [Fact]
    public void Any_change_to_the_body_breaks_the_signature()
    {
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("\"urgency\":\"high\"", "\"urgency\":\"low\"", StringComparison.Ordinal));

        Assert.NotEqual(Body, changed);
        Assert.False(Verify(Case("valid"), changed).IsVerified);
        Assert.False(Verify(Case("valid"), [.. Body, (byte)'\n']).IsVerified);
    }

    [Fact]
    public void Only_v1_signatures_count()
    {
        var unversioned = Case("valid")["v1=".Length..];

        Assert.Equal("X-PagerDuty-Signature holds no v1= signature", Verify(unversioned, Body).Reason);
        Assert.False(Verify("v2=" + unversioned, Body).IsVerified);
    }

    [Fact]
    public void Our_own_secret_rotation_accepts_either_configured_secret()
    {
        var rotating = new PagerDutySignatureVerifier("the-old-secret-no-longer-used", Secret);

        Assert.True(rotating.Verify(Headers(("X-PagerDuty-Signature", Case("valid"))), Body).IsVerified);
    }

    [Fact]
    public void A_wrong_secret_refuses_the_published_signature()
    {
        var other = new PagerDutySignatureVerifier(Secret + "x");

        Assert.False(other.Verify(Headers(("X-PagerDuty-Signature", Case("valid"))), Body).IsVerified);
    }

    private static VerificationResult Verify(string header, byte[] body) =>
        Verifier.Verify(Headers(("X-PagerDuty-Signature", header)), body);

    private static ChatOps.Bot.Alerts.WebhookHeaders WebhookHeadersWithout() => ChatOps.Bot.Alerts.WebhookHeaders.None;

    private static string Case(string name) =>
        Vector.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name).GetProperty("header_value").GetString()!;
}
