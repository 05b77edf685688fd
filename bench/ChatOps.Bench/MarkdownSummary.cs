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
        md.AppendLine(c, $"Run {results.RanAt:yyyy-MM-dd HH:mm} UTC{(results.Smoke ? " (smoke: sizes too small to judge)" : "")}, on {results.Machine}; {Math.Round(results.Seconds / 60, 1)} minutes, load average {results.LoadAverageAtEnd} at the end. Raw numbers: `{resultsFile}`.");
        md.AppendLine();
        md.AppendLine("| Target | Wanted | Measured | |");
        md.AppendLine("|---|---|---|---|");
        foreach (var t in results.Targets) md.AppendLine(c, $"| {t.Measure} | {t.Target} | {t.Measured} | {t.Met switch { true => "met", false => "**missed**", null => "" }} |");
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
            foreach (var a in results.AckAtScale)
            {
                md.AppendLine(c, $"| {a.Connections} | real, {results.AckDatabaseIncidents:N0} incidents in the database | {Row(a.Real)} | {a.P99Ratio} | | {a.IntentsPerCommit} | {a.WriteTurns}, {a.WriteWaitPerTurnMs} | {a.CatchUpSeconds} |");
                md.AppendLine(c, $"| {a.Connections} | bare, same | {Row(a.Bare)} | | | | | |");
            }
            if (results.AckDurability is { } d)
            {
                md.AppendLine();
                md.AppendLine(c, $"Durability: the real endpoint answered {d.Acknowledged} declares 200 (warm-ups included); after the run the database held {d.Stored} of them.");
            }
        }
        if (results.Alerts is { } alerts)
        {
            md.AppendLine();
            md.AppendLine(c, $"Acknowledgements beside alert webhooks ({alerts.Connections} connections, {alerts.WithoutAlerts.Requests} declares each; alerts alternate Alertmanager with a bearer token and Grafana signed with HMAC, one firing alert each, unique fingerprints, {AlertWebhooks.Groups} alert groups that each declare one incident and then join it):");
            md.AppendLine();
            md.AppendLine("| Ack load | Per second | p50 | p95 | p99 | max | CPU (% of machine) |");
            md.AppendLine("|---|---|---|---|---|---|---|");
            md.AppendLine(c, $"| without alerts | {alerts.WithoutAlerts.PerSecond} | {alerts.WithoutAlerts.Latency.P50} | {alerts.WithoutAlerts.Latency.P95} | {alerts.WithoutAlerts.Latency.P99} | {alerts.WithoutAlerts.Latency.Max} | {alerts.WithoutAlerts.CpuPercentOfMachine} |");
            md.AppendLine(c, $"| with {alerts.AlertsPerMinute} alerts/min | {alerts.WithAlerts.PerSecond} | {alerts.WithAlerts.Latency.P50} | {alerts.WithAlerts.Latency.P95} | {alerts.WithAlerts.Latency.P99} | {alerts.WithAlerts.Latency.Max} | {alerts.WithAlerts.CpuPercentOfMachine} |");
            md.AppendLine();
            md.AppendLine(c, $"Each line is the round whose p99 is the median of {alerts.WithoutAlertsRoundsP99.Count} (p99s without alerts {string.Join(", ", alerts.WithoutAlertsRoundsP99)} ms; with alerts {string.Join(", ", alerts.WithAlertsRoundsP99)} ms). Alert webhooks: {alerts.Alerts.Answered} of {alerts.Alerts.Sent} answered 200, p50 {alerts.Alerts.Latency.P50} ms, p99 {alerts.Alerts.Latency.P99} ms, max {alerts.Alerts.Latency.Max} ms; {(double.IsNaN(alerts.CatchUpSeconds) ? "the bot had not carried out every alert and declare 10 minutes after the last" : $"the bot had carried out every alert and declare {alerts.CatchUpSeconds} s after the last")}.");
        }
        if (results.Ready is { } ready)
        {
            md.AppendLine();
            md.AppendLine(c, $"Declare-to-ready at {ready.DeclaresPerSecond} declares/s for {ready.Seconds} s: p50 {ready.Latency.P50} ms, p95 {ready.Latency.P95} ms, p99 {ready.Latency.P99} ms, max {ready.Latency.Max} ms over {ready.Latency.Count} declares; {ready.AnnouncementsPostedByThen} announcements posted by the time the last channel was ready.");
        }
        if (results.Reminders.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| Reminders | Open incidents | Fired in window | Due per second | Missed | Late p50 (ms) | p99 | max | CPU while nothing is due (% of a core) | Load average after |");
            md.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var r in results.Reminders)
                md.AppendLine(c, $"| {r.Storage} | {r.OpenIncidents:N0} | {r.Lateness.Count} | {r.DuePerSecond} | {r.Missed} | {r.Lateness.P50} | {r.Lateness.P99} | {r.Lateness.Max} | {r.IdleCpuPercentOfCore} | {r.LoadAverage} |");
            foreach (var storage in results.Reminders.GroupBy(r => r.Storage).Where(g => g.Count() > 1))
            {
                var (least, most) = (storage.MinBy(r => r.OpenIncidents)!, storage.MaxBy(r => r.OpenIncidents)!);
                md.AppendLine();
                md.AppendLine(c, $"Growth on {storage.Key} from {least.OpenIncidents:N0} to {most.OpenIncidents:N0} open incidents ({most.OpenIncidents / least.OpenIncidents}×): lateness p99 {least.Lateness.P99} → {most.Lateness.P99} ms ({Ratio(most.Lateness.P99, least.Lateness.P99)}), CPU while nothing is due {least.IdleCpuPercentOfCore} → {most.IdleCpuPercentOfCore} % of a core ({Ratio(most.IdleCpuPercentOfCore, least.IdleCpuPercentOfCore)}).");
            }
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

    private static string Ratio(double value, double of) => of > 0 ? string.Create(CultureInfo.InvariantCulture, $"×{Math.Round(value / of, 2)}") : "n/a";

    private static string Row(LoadResult r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Requests} | {r.PerSecond} | {r.Latency.P50} | {r.Latency.P95} | {r.Latency.P99} | {r.Latency.Max} | {r.CpuPercentOfMachine}");
}
