using ChatOps.Bot.Alerts.Verification;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Verification;

/// <summary>
/// Grafana's HMAC: hex HMAC-SHA256 of the body, or of <c>{unix seconds}:{body}</c> when the contact point names a
/// timestamp header, whose time must be within the window on the bot's clock.
/// </summary>
public sealed class GrafanaSignatureVerifierTests
{
    private const string Secret = "grafana-contact-point-secret";
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 2, 9, 30, TimeSpan.Zero);
    private static readonly byte[] Body = Bytes(Grafana11);
    private readonly FakeTimeProvider _time = new(Now);

    [Fact]
    public void A_signature_over_the_body_alone_verifies_without_a_timestamp()
    {
        var result = Verify(("X-Grafana-Alerting-Signature", HexSignature.Of(Secret, Body)));

        Assert.True(result.IsVerified, result.ToString());
    }

    [Fact]
    public void A_signature_over_timestamp_colon_body_verifies_with_a_fresh_timestamp()
    {
        var seconds = $"{Now.AddSeconds(-20).ToUnixTimeSeconds()}";

        var result = Verify(("X-Grafana-Alerting-Signature", HexSignature.Of(Secret, seconds + ":", Body)), ("X-Grafana-Alerting-Signature-Timestamp", seconds));

        Assert.True(result.IsVerified, result.ToString());
    }

    [Theory]
    [InlineData(-301, "the signature's timestamp is 301 s old; at most 300 s is accepted (check both clocks)")]
    [InlineData(301, "the signature's timestamp is 301 s ahead; at most 300 s is accepted (check both clocks)")]
    public void A_stale_or_future_timestamp_is_refused_even_when_correctly_signed(int offsetSeconds, string reason)
    {
        var seconds = $"{Now.AddSeconds(offsetSeconds).ToUnixTimeSeconds()}";

        var result = Verify(("X-Grafana-Alerting-Signature", HexSignature.Of(Secret, seconds + ":", Body)), ("X-Grafana-Alerting-Signature-Timestamp", seconds));

        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void The_window_moves_with_the_clock()
    {
        var seconds = $"{Now.ToUnixTimeSeconds()}";
        var headers = new[] { ("X-Grafana-Alerting-Signature", HexSignature.Of(Secret, seconds + ":", Body)), ("X-Grafana-Alerting-Signature-Timestamp", seconds) };

        Assert.True(Verify(headers).IsVerified);
        _time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.False(Verify(headers).IsVerified);
    }

    [Fact]
    public void A_timestamp_that_was_not_signed_or_a_signed_one_that_was_dropped_is_refused()
    {
        var seconds = $"{Now.ToUnixTimeSeconds()}";

        Assert.False(Verify(("X-Grafana-Alerting-Signature", HexSignature.Of(Secret, Body)), ("X-Grafana-Alerting-Signature-Timestamp", seconds)).IsVerified);
        Assert.False(Verify(("X-Grafana-Alerting-Signature", HexSignature.Of(Secret, seconds + ":", Body))).IsVerified);
    }

    [Fact]
    public void A_timestamp_that_is_not_unix_seconds_is_refused()
    {
        var result = Verify(("X-Grafana-Alerting-Signature", HexSignature.Of(Secret, Body)), ("X-Grafana-Alerting-Signature-Timestamp", "2024-03-01T02:09:30Z"));

        Assert.Equal("X-Grafana-Alerting-Signature-Timestamp is not Unix seconds", result.Reason);
    }

    [Fact]
    public void When_required_a_signature_without_timestamp_is_refused()
    {
        var verifier = new GrafanaSignatureVerifier(Secret, _time, new GrafanaSignatureOptions { RequireTimestamp = true });

        var result = verifier.Verify(Headers(("X-Grafana-Alerting-Signature", HexSignature.Of(Secret, Body))), Body);

        Assert.False(result.IsVerified);
        Assert.StartsWith("no X-Grafana-Alerting-Signature-Timestamp header", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_names_configured_in_Grafana_are_the_ones_read()
    {
        var verifier = new GrafanaSignatureVerifier(Secret, _time, new GrafanaSignatureOptions { SignatureHeader = "X-Signature", TimestampHeader = "X-Grafana-Alerting-Timestamp" });
        var seconds = $"{Now.ToUnixTimeSeconds()}";

        var result = verifier.Verify(Headers(("X-Signature", HexSignature.Of(Secret, seconds + ":", Body)), ("X-Grafana-Alerting-Timestamp", seconds)), Body);

        Assert.True(result.IsVerified, result.ToString());
    }

    [Fact]
    public void A_missing_signature_or_another_secret_is_refused()
    {
        Assert.Equal("no X-Grafana-Alerting-Signature header", Verify().Reason);
        Assert.Equal("X-Grafana-Alerting-Signature does not match the body", Verify(("X-Grafana-Alerting-Signature", HexSignature.Of("other", Body))).Reason);
    }

    private VerificationResult Verify(params (string, string)[] headers) =>
        new GrafanaSignatureVerifier(Secret, _time).Verify(Headers(headers), Body);
}
