using System.Globalization;

namespace ChatOps.Core.Time;

/// <summary>
/// A moment as a responder types it, always UTC: <c>14:30</c> (the latest such time not in the future),
/// <c>2026-03-14 14:30</c>, or a span ago (<c>20m</c>, <c>20m ago</c>, <c>1h30m ago</c>).
/// </summary>
public static class MomentText
{
    public const string Examples = "14:30 (UTC, the latest such time), 2026-03-14 14:30, or 20m ago";

    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset moment)
    {
        moment = default;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return false;
        var span = trimmed.EndsWith(" ago", StringComparison.OrdinalIgnoreCase) ? trimmed[..^4].Trim() : trimmed;
        if (DurationText.TryParse(span, out var ago) && ago > TimeSpan.Zero)
        {
            moment = now - ago;
            return true;
        }
        var formats = new[] { "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'" };
        var withoutZone = trimmed.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase) ? trimmed[..^4] : trimmed;
        if (DateTime.TryParseExact(withoutZone, formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var full))
        {
            moment = new DateTimeOffset(DateTime.SpecifyKind(full, DateTimeKind.Utc));
            return true;
        }
        if (TimeOnly.TryParseExact(withoutZone, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            var today = new DateTimeOffset(now.UtcDateTime.Date + time.ToTimeSpan(), TimeSpan.Zero);
            moment = today > now ? today.AddDays(-1) : today;
            return true;
        }
        return false;
    }
}
