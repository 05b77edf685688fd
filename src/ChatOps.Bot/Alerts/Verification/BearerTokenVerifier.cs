namespace ChatOps.Bot.Alerts.Verification;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c> with the shared token (<c>Alerts__Token</c>). Alertmanager signs nothing, so
/// its <c>http_config.authorization</c> sends this; Grafana's contact point can too.
/// </summary>
public sealed class BearerTokenVerifier : IAlertVerifier
{
    private const string Scheme = "Bearer ";
    private readonly string _token;

    public BearerTokenVerifier(string token)
    {
        if (string.IsNullOrWhiteSpace(token)) throw new ArgumentException("The bearer token must not be empty.", nameof(token));
        _token = token;
    }

    public VerificationResult Verify(WebhookHeaders headers, ReadOnlySpan<byte> body)
    {
        var header = headers["Authorization"];
        if (string.IsNullOrEmpty(header)) return VerificationResult.Refused("no Authorization header; send Authorization: Bearer <token>");
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) return VerificationResult.Refused("the Authorization header is not a Bearer token");
        return Secrets.TextEquals(header[Scheme.Length..].Trim(), _token)
            ? VerificationResult.Verified("bearer token")
            : VerificationResult.Refused("the bearer token does not match");
    }
}
