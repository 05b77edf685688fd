using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>
/// Reads RFC 3339 timestamps as Go and Python write them, with up to nine fractional digits (.NET keeps seven) and
/// <c>Z</c> or a <c>±hh:mm</c> offset. Go's zero time <c>0001-01-01T00:00:00Z</c> means "not set" and reads as null.
/// </summary>
internal static partial class Rfc3339
{
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>False when <paramref name="text"/> is no timestamp; true with null for Go's zero time.</summary>
    public static bool TryParse(string text, out DateTimeOffset? value)
    {
        value = null;
        var match = Shape().Match(text);
        if (!match.Success) return false;
        var fraction = match.Groups[3].Value is { Length: > 0 } digits ? "." + (digits.Length > 7 ? digits[..7] : digits) : "";
        var offset = match.Groups[4].Value is "Z" or "z" ? "+00:00" : match.Groups[4].Value;
        var normal = $"{match.Groups[1].Value}T{match.Groups[2].Value}{fraction}{offset}";
        if (!DateTimeOffset.TryParseExact(normal, ["yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        value = parsed.Year <= 1 ? null : parsed;
        return true;
    }
}
