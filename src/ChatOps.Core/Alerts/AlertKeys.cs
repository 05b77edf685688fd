using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Core.Alerts;

/// <summary>
/// The keys that tie an alert to an incident or a suggestion: <c>{source}:group:{groupKey}</c> (every alert of its
/// notification group) and <c>{source}:alert:{fingerprint}</c> (this one alert). A key too long to index well is
/// shortened to a digest of itself.
/// </summary>
public static class AlertKeys
{
    public const int MaxLength = 200;

    /// <summary>The group's key, or null when the source sent none.</summary>
    public static string? Group(Alert alert) => alert.GroupKey.Length == 0 ? null : Key(alert.Source, "group", alert.GroupKey);

    /// <summary>The alert's own key, or null when it has no fingerprint.</summary>
    public static string? Fingerprint(Alert alert) => alert.Fingerprint.Length == 0 ? null : Key(alert.Source, "alert", alert.Fingerprint);

    /// <summary>Both keys of the alert (those it has).</summary>
    public static IReadOnlyList<string> Of(Alert alert) => new[] { Group(alert), Fingerprint(alert) }.OfType<string>().ToList();

    /// <summary>Every key of these alerts, each once.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<Alert> alerts) => alerts.SelectMany(Of).Distinct(StringComparer.Ordinal).ToList();

    private static string Key(string source, string kind, string value)
    {
        var key = $"{source}:{kind}:{value}";
        return key.Length <= MaxLength
            ? key
            : $"{source}:{kind}:#{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))}";
    }
}
