using System.Globalization;
using System.Text;

namespace ChatOps.Bench;

/// <summary>
/// Writes the run's tables into BENCHMARKS.md between the results markers; everything outside them (the findings,
/// written by people) is kept.
/// </summary>
public static class MarkdownSummary
{
    public const string Begin = "<!-- bench:results:begin (written by bench/ChatOps.Bench; edits inside are overwritten) -->";
    public const string End = "<!-- bench:results:end -->";

    public static void Update(string file, BenchResults results, string resultsFile)
    {
        var section = Begin + "\n" + Render(results, resultsFile) + End;
        var text = File.Exists(file) ? File.ReadAllText(file) : "# Benchmarks\n\n" + Begin + "\n" + End + "\n";
        var (start, end) = (text.IndexOf(Begin, StringComparison.Ordinal), text.IndexOf(End, StringComparison.Ordinal));
        text = start >= 0 && end > start ? text[..start] + section + text[(end + End.Length)..] : text.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(file, text);
    }

    public static string Render(BenchResults results, string resultsFile)
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"Run {results.RanAt:yyyy-MM-dd HH:mm} UTC{(results.Smoke ? " (smoke: sizes too small to judge)" : "")}, on {results.Machine}. Raw numbers: `{resultsFile}`.");
        md.AppendLine();
        md.AppendLine("| Target | Wanted | Measured | |");
        md.AppendLine("|---|---|---|---|");
        foreach (var t in results.Targets) md.AppendLine(c, $"| {t.Measure} | {t.Target} | {t.Measured} | {(t.Met ? "met" : "**missed**")} |");
        if (results.Ack.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("Acknowledgement of signed `/incident declare` (ms; closed loop, one request in flight per connection; load from the benchmark's own HttpClient):");
            md.AppendLine(c, $"real = the bot (stores each intent durably, group commit), bare = signature check only on the bot's server, bolt-js = {results.BoltPeer ?? "not run"}. CPU is the benchmark process's (bot and load generator) for real and bare, node's for bolt-js.");
            md.AppendLine();
            md.AppendLine("| Connections | Endpoint | Requests | Per second | p50 | p95 | p99 | max | CPU (% of machine) | p99 ratio to bare | real ÷ bolt-js: per second, p50, p99 | Intents per commit | SQLite write turns, avg wait (ms) | Bot caught up after (s) |");
            md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var a in results.Ack)
            {
                var vs = a.VsBolt is { } v ? $"{v.Throughput}, {v.P50}, {v.P99}" : "";
                md.AppendLine(c, $"| {a.Connections} | real | {Row(a.Real)} | {a.P99Ratio} | {vs} | {a.IntentsPerCommit} | {a.WriteTurns}, {a.WriteWaitPerTurnMs} | {a.CatchUpSeconds} |");
                md.AppendLine(c, $"| {a.Connections} | bare | {Row(a.Bare)} | | | | | |");
                if (a.Bolt is { } bolt) md.AppendLine(c, $"| {a.Connections} | bolt-js | {Row(bolt)} | | | | | |");
            }
        }
        if (results.Ready is { } ready)
        {
            md.AppendLine();
            md.AppendLine(c, $"Declare-to-ready at {ready.DeclaresPerSecond} declares/s for {ready.Seconds} s: p50 {ready.Latency.P50} ms, p95 {ready.Latency.P95} ms, p99 {ready.Latency.P99} ms, max {ready.Latency.Max} ms over {ready.Latency.Count} declares; {ready.AnnouncementsPostedByThen} announcements posted by the time the last channel was ready.");
        }
        if (results.Reminders.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| Reminders | Open incidents | Fired in window | Missed | Late p50 (ms) | p99 | max | CPU while nothing is due (% of a core) |");
            md.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var r in results.Reminders)
                md.AppendLine(c, $"| {r.Storage} | {r.OpenIncidents} | {r.Lateness.Count} | {r.Missed} | {r.Lateness.P50} | {r.Lateness.P99} | {r.Lateness.Max} | {r.IdleCpuPercentOfCore} |");
        }
        if (results.Memory is { } m)
        {
            md.AppendLine();
            md.AppendLine(c, $"Bot process with {m.OpenIncidents} open incidents on SQLite: ready {m.StartUpMilliseconds} ms after start; resident {m.ResidentIdleMb} MB idle ({m.IdleParts}), {m.ResidentAfterLoadMb} MB after {m.DeclaresInBurst} more declares ({m.AfterLoadParts}; peak {m.PeakMb} MB).");
            if (m.StartUps.Count > 0) md.AppendLine().AppendLine(c, $"Start-up to ready ({m.Build}): {string.Join(", ", m.StartUps)} ms over {m.StartUps.Count} starts, median {m.StartUpMilliseconds} ms.");
        }
        if (results.Dashboard is { } web) md.AppendLine().AppendLine(web.Summary());
        return md.ToString();
    }

    private static string Row(LoadResult r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Requests} | {r.PerSecond} | {r.Latency.P50} | {r.Latency.P95} | {r.Latency.P99} | {r.Latency.Max} | {r.CpuPercentOfMachine}");
}
