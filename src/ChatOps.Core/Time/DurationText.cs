using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatOps.Core.Time;

/// <summary>Durations as runbooks and the shell write them: <c>30s</c>, <c>5m</c>, <c>1h</c>, <c>1d</c>, <c>1h30m</c>.</summary>
public static partial class DurationText
{
    [GeneratedRegex(@"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Pattern().Match(text.Trim().ToLowerInvariant());
        if (!match.Success || match.Length == 0) return false;
        long Part(int group) => match.Groups[group].Success ? long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            duration = TimeSpan.FromDays(Part(1)) + TimeSpan.FromHours(Part(2)) + TimeSpan.FromMinutes(Part(3)) + TimeSpan.FromSeconds(Part(4));
        }
        catch (OverflowException)
        {
            return false;
        }
        return true;
    }

    /// <summary>The shortest text that <see cref="TryParse"/> reads back as the same duration.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero) return "0m";
        var parts = new List<string>();
        if (duration.Days > 0) parts.Add($"{duration.Days}d");
        if (duration.Hours > 0) parts.Add($"{duration.Hours}h");
        if (duration.Minutes > 0) parts.Add($"{duration.Minutes}m");
        if (duration.Seconds > 0) parts.Add($"{duration.Seconds}s");
        return string.Concat(parts);
    }

    /// <summary>A span as people read a time left, to the nearest minute: <c>71h</c>, <c>2h 30m</c>, <c>45m</c>, <c>less than a minute</c>.</summary>
    public static string Approximate(TimeSpan span)
    {
        var minutes = (long)Math.Round(span.TotalMinutes, MidpointRounding.AwayFromZero);
        if (minutes < 1) return "less than a minute";
        var (hours, rest) = (minutes / 60, minutes % 60);
        if (hours == 0) return $"{rest}m";
        return rest == 0 ? $"{hours}h" : $"{hours}h {rest}m";
    }
}
