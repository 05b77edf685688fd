using ChatOps.Bot.Alerts.Verification;

namespace ChatOps.Bot.Alerts;

/// <summary>
/// Alert webhook settings (<c>Alerts__Token</c>, <c>Alerts__Grafana__Secret</c>, <c>Alerts__PagerDuty__Secret</c>,
/// <c>Alerts__Sentry__Secret</c>, ...). A source with nothing to verify it by refuses every request.
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>The bearer token Alertmanager sends (and Grafana may): <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string Token { get; set; } = "";

    public GrafanaSettings Grafana { get; set; } = new();

    public PagerDutySettings PagerDuty { get; set; } = new();

    public SentrySettings Sentry { get; set; } = new();

    public AlertSecrets Secrets() => new()
    {
        Token = Token.Trim(),
        GrafanaSecret = Grafana.Secret,
        Grafana = new GrafanaSignatureOptions
        {
            SignatureHeader = Grafana.SignatureHeader.Length > 0 ? Grafana.SignatureHeader : GrafanaSignatureOptions.DefaultSignatureHeader,
            TimestampHeader = Grafana.TimestampHeader.Length > 0 ? Grafana.TimestampHeader : GrafanaSignatureOptions.DefaultTimestampHeader,
            RequireTimestamp = Grafana.RequireTimestamp,
        },
        PagerDutySecrets = new[] { PagerDuty.Secret, PagerDuty.PreviousSecret }.Where(s => s.Length > 0).ToList(),
        SentrySecret = Sentry.Secret,
    };

    /// <summary><c>Alerts__Grafana__*</c>: the contact point's HMAC signature settings.</summary>
    public sealed class GrafanaSettings
    {
        public string Secret { get; set; } = "";
        public string SignatureHeader { get; set; } = GrafanaSignatureOptions.DefaultSignatureHeader;
        public string TimestampHeader { get; set; } = GrafanaSignatureOptions.DefaultTimestampHeader;

        /// <summary>Refuse signatures made without a timestamp header.</summary>
        public bool RequireTimestamp { get; set; }
    }

    /// <summary><c>Alerts__PagerDuty__*</c>: the V3 webhook subscription's signing secret, and the old one while rotating.</summary>
    public sealed class PagerDutySettings
    {
        public string Secret { get; set; } = "";
        public string PreviousSecret { get; set; } = "";
    }

    /// <summary><c>Alerts__Sentry__Secret</c>: the Sentry integration's client secret.</summary>
    public sealed class SentrySettings
    {
        public string Secret { get; set; } = "";
    }
}
