using System.Globalization;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.StatusPage;

/// <summary>
/// Reads a maintenance window's ends from typed words: <c>2026-12-20T02:00Z</c> (one word) or <c>2026-12-20 02:00</c>
/// (two words), always UTC. Only full dates: a window is planned, so "14:30" or "20m ago" would be guesses.
/// </summary>
public static class MaintenanceTime
{
    public const string Examples = "2026-12-20T02:00Z or 2026-12-20 02:00 (UTC)";

    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Reads one moment from <paramref name="words"/> at <paramref name="index"/>; returns how many words it took (0: none).</summary>
    public static int TryRead(IReadOnlyList<string> words, int index, out DateTimeOffset moment)
    {
        moment = default;
        if (index >= words.Count) return 0;
        if (index + 1 < words.Count && TryParse(words[index] + " " + words[index + 1], out moment)) return 2;
        return TryParse(words[index], out moment) ? 1 : 0;
    }

    public static DateTimeOffset Read(IReadOnlyList<string> words, ref int index, string which)
    {
        var taken = TryRead(words, index, out var moment);
        if (taken == 0)
            throw new IncidentRuleException(index < words.Count
                ? $"'{words[index]}' is not a {which} time I can read; write {Examples}."
                : $"Say when the maintenance {(which == "start" ? "starts" : "ends")}: {Examples}.");
        index += taken;
        return moment;
    }

    private static bool TryParse(string text, out DateTimeOffset moment)
    {
        moment = default;
        var trimmed = text.Trim();
        if (trimmed.EndsWith('Z') || trimmed.EndsWith('z')) trimmed = trimmed[..^1];
        else if (trimmed.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[..^4];
        if (!DateTime.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)) return false;
        moment = new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc));
        return true;
    }
}
