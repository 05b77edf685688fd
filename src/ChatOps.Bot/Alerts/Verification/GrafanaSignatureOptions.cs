namespace ChatOps.Bot.Alerts.Verification;

/// <summary>
/// How a Grafana webhook contact point signs (its "HMAC Signature" settings, Grafana 12): the header carrying the
/// signature (Grafana's default <c>X-Grafana-Alerting-Signature</c>) and, when one is configured, the header carrying
/// the Unix-seconds timestamp. Grafana has no default timestamp header: the name below must be entered in Grafana too.
/// </summary>
public sealed record GrafanaSignatureOptions
{
    public const string DefaultSignatureHeader = "X-Grafana-Alerting-Signature";

    public const string DefaultTimestampHeader = "X-Grafana-Alerting-Signature-Timestamp";

    public string SignatureHeader { get; init; } = DefaultSignatureHeader;

    public string TimestampHeader { get; init; } = DefaultTimestampHeader;

    /// <summary>How far a signed timestamp may be from now, either way.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Refuse signatures made without a timestamp (which a recorded request could replay for ever).</summary>
    public bool RequireTimestamp { get; init; }
}
