namespace ChatOps.Bot.Alerts.Verification;

/// <summary>
/// The verifier each source's endpoint uses: Alertmanager the bearer token; Grafana the bearer token or its HMAC
/// signature; PagerDuty and Sentry their signatures. A source without its secret refuses everything.
/// </summary>
public static class AlertVerifiers
{
    public static IAlertVerifier For(AlertSource source, AlertSecrets secrets, TimeProvider time)
    {
        IAlertVerifier? bearer = secrets.Token.Length > 0 ? new BearerTokenVerifier(secrets.Token) : null;
        return source switch
        {
            AlertSource.Alertmanager => bearer ?? new RefuseAll("no bearer token is configured (set Alerts__Token)"),
            AlertSource.Grafana => (bearer, secrets.GrafanaSecret) switch
            {
                (null, "") => new RefuseAll("neither a bearer token (Alerts__Token) nor a Grafana secret (Alerts__Grafana__Secret) is configured"),
                (null, var secret) => new GrafanaSignatureVerifier(secret, time, secrets.Grafana),
                (var token, "") => token,
                (var token, var secret) => new EitherVerifier(new GrafanaSignatureVerifier(secret, time, secrets.Grafana), token),
            },
            AlertSource.PagerDuty => secrets.PagerDutySecrets.Any(s => s.Length > 0)
                ? new PagerDutySignatureVerifier(secrets.PagerDutySecrets.Where(s => s.Length > 0).ToList())
                : new RefuseAll("no PagerDuty webhook secret is configured (set Alerts__PagerDuty__Secret)"),
            AlertSource.Sentry => secrets.SentrySecret.Length > 0
                ? new SentrySignatureVerifier(secrets.SentrySecret)
                : new RefuseAll("no Sentry client secret is configured (set Alerts__Sentry__Secret)"),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown alert source."),
        };
    }
}
