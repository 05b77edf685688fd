using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatOps.Core.Learning;

/// <summary>
/// A due date as typed: a day (<c>2026-12-20</c>, due by the end of that day, 23:59 UTC) or a span from now
/// (<c>12h</c>, <c>3d</c>, <c>2w</c>).
/// </summary>
public static partial class DueText
{
    public const string Examples = "a date like 2026-12-20 (due by 23:59 UTC that day), or a span from now like 12h, 3d or 2w";

    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset due)
    {
        due = default;
        text = text.Trim();
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            due = new DateTimeOffset(day.Year, day.Month, day.Day, 23, 59, 0, TimeSpan.Zero);
            return true;
        }
        var match = Span().Match(text.ToLowerInvariant());
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 3650) return false;
        due = now + match.Groups[2].Value switch
        {
            "h" => TimeSpan.FromHours(count),
            "d" => TimeSpan.FromDays(count),
            _ => TimeSpan.FromDays(7 * count),
        };
        return true;
    }

    [GeneratedRegex(@"^(\d{1,4})([hdw])$")]
    private static partial Regex Span();
}
