using System.Text;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.PostMortems;

/// <summary>
/// The post-mortem's "Health probes" section: every probe result from the timeline, each probe's unchanged results in
/// a row (its first result, and how many more until when), so a probe re-run every minute for hours stays readable.
/// </summary>
public static class ProbeSection
{
    public const string Heading = "## Health probes (UTC)";

    public static IEnumerable<TimelineEntry> Results(Incident incident) => incident.Timeline.Where(t => t.Kind == Incident.ProbeKind);

    public static void Write(StringBuilder md, Incident incident, Action<StringBuilder, string[], IReadOnlyList<string[]>> table)
    {
        var results = Results(incident).ToList();
        if (results.Count == 0) return;
        md.AppendLine(Heading).AppendLine();
        var names = incident.Probes.Select(p => p.Name).OrderByDescending(n => n.Length).ToList();
        var runs = new List<(string Verdict, TimelineEntry First, TimelineEntry Last, int Count)>();
        var current = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in results)
        {
            var (name, verdict) = Read(entry.Text, names);
            if (current.TryGetValue(name, out var at) && runs[at].Verdict == verdict)
            {
                runs[at] = runs[at] with { Last = entry, Count = runs[at].Count + 1 };
                continue;
            }
            current[name] = runs.Count;
            runs.Add((verdict, entry, entry, 1));
        }
        var rows = runs.Select(r => new[] { Clock.FormatCell(r.First.At), r.First.Text, r.Count == 1 ? "-" : $"{r.Count - 1} more until {Clock.FormatCell(r.Last.At)}" }).ToList();
        table(md, ["Time (UTC)", "Result", "Same result again"], rows);
    }

    /// <summary>The probe's name and verdict from a result's text ("api-health: passing: 200 after 3 ms").</summary>
    private static (string Name, string Verdict) Read(string text, IReadOnlyList<string> names)
    {
        var name = names.FirstOrDefault(n => text.StartsWith(n + ": ", StringComparison.Ordinal)) ?? text.Split(':')[0];
        var rest = text.Length > name.Length + 2 ? text[(name.Length + 2)..] : "";
        return (name, rest.StartsWith("passing", StringComparison.Ordinal) ? "passing" : "failing");
    }
}
