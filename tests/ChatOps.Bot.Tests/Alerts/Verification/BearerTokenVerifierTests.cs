using ChatOps.Bot.Alerts.Verification;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Verification;

/// <summary>Authorization: Bearer &lt;Alerts__Token&gt;, as Alertmanager's http_config sends it.</summary>
public sealed class BearerTokenVerifierTests
{
    private static readonly BearerTokenVerifier Verifier = new("s3cr3t-alert-token");
    private static readonly byte[] Body = Bytes(AlertmanagerFiring);

    [Theory]
    [InlineData("Bearer s3cr3t-alert-token")]
    [InlineData("bearer s3cr3t-alert-token")]
    [InlineData("Bearer  s3cr3t-alert-token ")]
    public void The_configured_token_verifies(string header)
    {
        Assert.True(Verifier.Verify(Headers(("Authorization", header)), Body).IsVerified);
    }

    [Theory]
    [InlineData("Bearer s3cr3t-alert-toke", "the bearer token does not match")]
    [InlineData("Bearer s3cr3t-alert-token-and-more", "the bearer token does not match")]
    [InlineData("Bearer ", "the bearer token does not match")]
    [InlineData("Basic czNjcjN0LWFsZXJ0LXRva2Vu", "the Authorization header is not a Bearer token")]
    [InlineData("s3cr3t-alert-token", "the Authorization header is not a Bearer token")]
    public void Anything_else_is_refused(string header, string reason)
    {
        var result = Verifier.Verify(Headers(("Authorization", header)), Body);

        Assert.False(result.IsVerified);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void No_Authorization_header_is_refused_saying_what_to_send()
    {
        Assert.Equal("no Authorization header; send Authorization: Bearer <token>", Verifier.Verify(ChatOps.Bot.Alerts.WebhookHeaders.None, Body).Reason);
    }

    [Fact]
    public void An_empty_token_cannot_be_configured()
    {
        Assert.Throws<ArgumentException>(() => new BearerTokenVerifier(" "));
    }
}
