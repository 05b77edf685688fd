using ChatOps.Bot.Alerts;
using ChatOps.Bot.Alerts.Verification;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Verification;

/// <summary>Which proof each endpoint asks for, and that a source without its secret accepts nothing.</summary>
public sealed class AlertVerifiersTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2024, 3, 1, 2, 9, 30, TimeSpan.Zero));
    private static readonly byte[] Body = Bytes(Grafana11);

    [Theory]
    [InlineData(AlertSource.Alertmanager, "Alerts__Token")]
    [InlineData(AlertSource.Grafana, "Alerts__Grafana__Secret")]
    [InlineData(AlertSource.PagerDuty, "Alerts__PagerDuty__Secret")]
    [InlineData(AlertSource.Sentry, "Alerts__Sentry__Secret")]
    public void Without_its_secret_a_source_refuses_everything_and_names_the_setting(AlertSource source, string setting)
    {
        var verifier = AlertVerifiers.For(source, new AlertSecrets(), Time);

        var result = verifier.Verify(Headers(("Authorization", "Bearer "), ("X-PagerDuty-Signature", "v1=00")), Body);

        Assert.False(result.IsVerified);
        Assert.Contains(setting, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Grafana_accepts_the_bearer_token_or_the_signature()
    {
        var verifier = AlertVerifiers.For(AlertSource.Grafana, new AlertSecrets { Token = "tok", GrafanaSecret = "hmac" }, Time);

        Assert.True(verifier.Verify(Headers(("Authorization", "Bearer tok")), Body).IsVerified);
        Assert.True(verifier.Verify(Headers(("X-Grafana-Alerting-Signature", HexSignature.Of("hmac", Body))), Body).IsVerified);
        var neither = verifier.Verify(Headers(("Authorization", "Bearer nope")), Body);
        Assert.False(neither.IsVerified);
        Assert.Equal("no X-Grafana-Alerting-Signature header; and the bearer token does not match", neither.Reason);
    }

    [Fact]
    public void Alertmanager_does_not_accept_a_Grafana_signature()
    {
        var verifier = AlertVerifiers.For(AlertSource.Alertmanager, new AlertSecrets { Token = "tok", GrafanaSecret = "hmac" }, Time);

        Assert.False(verifier.Verify(Headers(("X-Grafana-Alerting-Signature", HexSignature.Of("hmac", Body))), Body).IsVerified);
    }

    [Fact]
    public void PagerDuty_and_Sentry_do_not_accept_the_bearer_token()
    {
        var secrets = new AlertSecrets { Token = "tok", PagerDutySecrets = ["pd"], SentrySecret = "sentry" };

        Assert.False(AlertVerifiers.For(AlertSource.PagerDuty, secrets, Time).Verify(Headers(("Authorization", "Bearer tok")), Body).IsVerified);
        Assert.False(AlertVerifiers.For(AlertSource.Sentry, secrets, Time).Verify(Headers(("Authorization", "Bearer tok")), Body).IsVerified);
        Assert.True(AlertVerifiers.For(AlertSource.Sentry, secrets, Time).Verify(Headers(("Sentry-Hook-Signature", HexSignature.Of("sentry", Body))), Body).IsVerified);
    }
}
