namespace ChatOps.Core.Audit;

/// <summary>Audit entries as a compact, aligned table: one line each, the reason of a refusal or failure after it.</summary>
public static class AuditTable
{
    private const int MaxReason = 120;

    public static string Format(IReadOnlyList<AuditEntry> entries)
    {
        var rows = entries.Select(e => new[]
        {
            Clock.Format(e.At).Replace(" UTC", ""), e.Platform, e.Actor, e.IncidentNumber ?? "-", e.Outcome.ToString().ToLowerInvariant(), e.Command,
        }).ToList();
        string[] header = ["time (UTC)", "platform", "actor", "incident", "outcome", "command"];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
        var lines = new List<string> { Line(header) };
        for (var i = 0; i < rows.Count; i++)
        {
            lines.Add(Line(rows[i]));
            if (entries[i].Message is { } reason)
                lines.Add($"{new string(' ', widths[0])}  -> {(reason.Length <= MaxReason ? reason : reason[..(MaxReason - 1)] + "…")}");
        }
        return string.Join('\n', lines);
    }
}
