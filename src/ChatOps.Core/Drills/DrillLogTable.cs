using ChatOps.Core.Time;

namespace ChatOps.Core.Drills;

/// <summary>The drill log as seed 000's table (date, operator, scenario, detect, mitigate, post-mortem, gap identified).</summary>
public static class DrillLogTable
{
    public const string FileName = "drill-log.md";

    public static readonly string[] Headings = ["Date", "Operator", "Scenario", "Detect", "Mitigate", "Post-mortem", "Gap identified"];

    /// <summary>"4m (met, target 5m)", "18m (missed by 3m, target 15m)", "not reached (target 24h)", "-".</summary>
    public static string Cell(TimeSpan? taken, TimeSpan? target) => (taken, target) switch
    {
        (null, null) => "-",
        (null, { } t) => $"not reached (target {DurationText.Format(t)})",
        ({ } x, null) => DurationText.Approximate(x),
        ({ } x, { } t) when x <= t => $"{DurationText.Approximate(x)} (met, target {DurationText.Format(t)})",
        ({ } x, { } t) => $"{DurationText.Approximate(x)} (missed by {DurationText.Approximate(x - t)}, target {DurationText.Format(t)})",
    };

    public static IReadOnlyList<string> Row(DrillLogEntry entry)
    {
        var mitigate = Cell(entry.Mitigate, entry.MitigateTarget);
        if (entry.RtoTarget is not null) mitigate += $"; RTO {Cell(entry.Rto, entry.RtoTarget)}";
        return
        [
            entry.StartedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), entry.Operator,
            $"{entry.ScenarioName} ({entry.Scenario}, {entry.Incident})", Cell(entry.Detect, entry.DetectTarget), mitigate,
            Cell(entry.PostMortem, entry.PostMortemTarget), entry.Gap,
        ];
    }

    /// <summary>The Markdown file kept beside the post-mortems, oldest drill first.</summary>
    public static string Markdown(IReadOnlyList<DrillLogEntry> entries, DateTimeOffset now)
    {
        var md = new System.Text.StringBuilder();
        md.AppendLine("# Drill log").AppendLine();
        md.AppendLine($"> Written by ChatOps from its database at every drill's end (last {Clock.Format(now)}); edits here are kept, and the bot then writes beside this file.").AppendLine();
        md.AppendLine("| " + string.Join(" | ", Headings) + " |");
        md.AppendLine("|" + string.Concat(Headings.Select(_ => " --- |")));
        foreach (var entry in entries) md.AppendLine("| " + string.Join(" | ", Row(entry).Select(MarkdownCell)) + " |");
        if (entries.Count == 0) md.AppendLine("| - | - | (no drill yet) | - | - | - | - |");
        return md.ToString();
    }

    private static string MarkdownCell(string text) => text.ReplaceLineEndings(" ").Trim().Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>The log as chat text, newest drill first.</summary>
    public static string Text(IReadOnlyList<DrillLogEntry> entries, int shown)
    {
        if (entries.Count == 0) return "The drill log is empty: no drill has ended yet. Start one with /incident drill start <scenario>.";
        var lines = new List<string> { $"Drill log ({entries.Count} drill{(entries.Count == 1 ? "" : "s")}{(entries.Count > shown ? $", the latest {shown} shown" : "")}):", string.Join(" | ", Headings) };
        lines.AddRange(entries.OrderByDescending(e => e.EndedAt).Take(shown).Select(e => string.Join(" | ", Row(e))));
        return string.Join('\n', lines);
    }
}
