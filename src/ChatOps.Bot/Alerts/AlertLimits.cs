namespace ChatOps.Bot.Alerts;

/// <summary>
/// How much of an alert webhook is read. A body over <see cref="MaxBodyBytes"/> is refused; beyond the other limits
/// the rest is left out (alerts are counted in <see cref="ReceivedNotification.TruncatedAlerts"/>, texts end in "…"),
/// so a large but genuine notification is still recorded rather than retried for ever.
/// </summary>
public sealed record AlertLimits
{
    /// <summary>PagerDuty drops webhooks over 256 KB; Alertmanager groups and Sentry events can be larger.</summary>
    public int MaxBodyBytes { get; init; } = 1024 * 1024;

    public int MaxAlerts { get; init; } = 200;

    /// <summary>Labels, annotations or tags kept per alert.</summary>
    public int MaxPairs { get; init; } = 64;

    public int MaxKeyLength { get; init; } = 128;

    public int MaxValueLength { get; init; } = 1024;

    public int MaxTitleLength { get; init; } = 300;

    /// <summary>Descriptions and Grafana's message.</summary>
    public int MaxTextLength { get; init; } = 4000;

    public int MaxUrlLength { get; init; } = 2048;

    public static AlertLimits Default { get; } = new();
}
