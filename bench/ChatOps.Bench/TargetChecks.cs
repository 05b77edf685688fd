namespace ChatOps.Bench;

/// <summary>
/// The targets of issue 19 (and issue 6's ack ceiling and the dashboard's), each against what a run measured. Every
/// target is listed: one whose scenario was left out by the options says "not measured".
/// </summary>
public static class TargetChecks
{
    private const string NotMeasured = "not measured";

    public static List<TargetCheck> Of(BenchResults r)
    {
        var checks = new List<TargetCheck>();
        Ack(r, checks);
        checks.Add(r.Alerts is { } alerts
            ? new($"Ack p99 at {alerts.Connections} connections with {alerts.AlertsPerMinute} alert webhooks a minute", "≤ 1.2 × without alerts",
                $"{alerts.WithAlerts.Latency.P99} ms = {alerts.P99Ratio} × {alerts.WithoutAlerts.Latency.P99} ms; {alerts.Alerts.Answered} of {alerts.Alerts.Sent} alerts answered 200 (p99 {alerts.Alerts.Latency.P99} ms)",
                alerts.P99Ratio <= 1.2 && alerts.Alerts.Answered == alerts.Alerts.Sent)
            : Missing("Ack p99 with 1,000 alert webhooks a minute", "≤ 1.2 × without alerts"));
        checks.Add(r.Ready is { } ready
            ? new($"Declare-to-ready p99 at {ready.DeclaresPerSecond}/s", "≤ 100 ms", $"{ready.Latency.P99} ms", ready.Latency.P99 <= 100)
            : Missing("Declare-to-ready p99 at 20/s", "≤ 100 ms"));
        if (r.Reminders.Count == 0)
        {
            checks.Add(Missing("Reminder lateness p99 at 1,000, 10,000 and 100,000 open incidents, SQLite and PostgreSQL", "≤ 100 ms"));
            checks.Add(Missing("CPU while nothing is due, at each scale and database", "≤ 1 % of a core"));
        }
        foreach (var m in r.Reminders)
        {
            var where = $"{m.Storage}, {m.OpenIncidents:N0} open incidents";
            checks.Add(new($"Reminder lateness p99, {where}", "≤ 100 ms", $"{m.Lateness.P99} ms ({m.Missed} missed)", m.Lateness.P99 <= 100 && m.Missed == 0));
            checks.Add(new($"CPU while nothing is due, {where}", "≤ 1 % of a core", $"{m.IdleCpuPercentOfCore} %", m.IdleCpuPercentOfCore <= 1));
        }
        if (r.Memory is { } memory)
        {
            checks.Add(new($"Resident memory after {memory.DeclaresInBurst} declares, {memory.OpenIncidents:N0} open incidents", "≤ 150 MB", $"{memory.ResidentAfterLoadMb} MB (peak {memory.PeakMb} MB)", memory.ResidentAfterLoadMb <= 150));
            checks.Add(new($"Resident memory idle, {memory.OpenIncidents:N0} open incidents", "≤ 100 MB", $"{memory.ResidentIdleMb} MB", memory.ResidentIdleMb <= 100));
        }
        else
        {
            checks.Add(Missing("Resident memory after 500 declares, 10,000 open incidents", "≤ 150 MB"));
            checks.Add(Missing("Resident memory idle, 10,000 open incidents", "≤ 100 MB"));
        }
        checks.Add(r switch
        {
            { StartupMs: { } ms } => new("Start-up to ready, 10,000 incidents (median of starts)", "≤ 1,000 ms", $"{ms} ms", ms <= 1000),
            { Memory: { } m } => new($"Start-up to ready, {m.OpenIncidents:N0} incidents (median of {Math.Max(1, m.StartUps.Count)} start{(m.StartUps.Count > 1 ? "s" : "")}, {m.Build ?? "built dll"})", "≤ 1,000 ms", $"{m.StartUpMilliseconds} ms", m.StartUpMilliseconds <= 1000),
            _ => Missing("Start-up to ready, 10,000 incidents", "≤ 1,000 ms"),
        });
        if (r.Dashboard is { } web)
            checks.Add(new($"Dashboard server time, {web.Incidents:N0} incidents", "p99 ≤ 250 ms (incidents page and an incident's page)", $"{web.IncidentsPage.P99} ms and {web.IncidentPage.P99} ms", Math.Max(web.IncidentsPage.P99, web.IncidentPage.P99) <= 250));
        return checks;
    }

    private static void Ack(BenchResults r, List<TargetCheck> checks)
    {
        if (r.Ack.Count == 0)
        {
            foreach (var (measure, target) in AckTargets("at 200 connections")) checks.Add(Missing(measure, target));
            checks.Add(Missing("Every acknowledged intent durable", "all stored"));
            return;
        }
        var busiest = r.Ack.MaxBy(a => a.Connections)!;
        var at = $"at {busiest.Connections} connections";
        var targets = AckTargets(at);
        if (busiest is { Bolt: { } bolt, VsBolt: { } vs })
        {
            checks.Add(new(targets[0].Measure, targets[0].Target, $"{busiest.Real.PerSecond}/s = {vs.Throughput} × {bolt.PerSecond}/s", vs.Throughput >= 1));
            checks.Add(new(targets[1].Measure, targets[1].Target, $"{busiest.Real.Latency.P50} ms = {vs.P50} × {bolt.Latency.P50} ms", vs.P50 <= 1));
            checks.Add(new(targets[2].Measure, targets[2].Target, $"{busiest.Real.Latency.P99} ms = {vs.P99} × {bolt.Latency.P99} ms", vs.P99 <= 0.2));
        }
        else
        {
            for (var i = 0; i < 3; i++) checks.Add(new(targets[i].Measure, targets[i].Target, $"{NotMeasured} (Bolt-js peer {r.BoltPeer ?? "not run"})", null));
        }
        checks.Add(new(targets[3].Measure, targets[3].Target, $"{busiest.Real.Latency.P99} ms = {busiest.P99Ratio} × {busiest.Bare.Latency.P99} ms", busiest.P99Ratio <= 1.5));
        checks.Add(new($"Ack p99 {at}", "far below 3,000 ms (≤ 1,000)", $"{busiest.Real.Latency.P99} ms", busiest.Real.Latency.P99 <= 1000));
        checks.Add(r.AckDurability is { } d
            ? new("Every acknowledged intent durable (counted in the database after the run)", "all stored", $"{d.Stored} stored of {d.Acknowledged} acknowledged", d.AllDurable)
            : Missing("Every acknowledged intent durable", "all stored"));
    }

    private static (string Measure, string Target)[] AckTargets(string at) =>
    [
        ($"Ack throughput {at} vs Bolt-js", "≥ Bolt-js's"),
        ($"Ack p50 {at} vs Bolt-js", "≤ Bolt-js's"),
        ($"Ack p99 {at} vs Bolt-js", "≤ 0.2 × Bolt-js's"),
        ($"Ack p99 {at} vs bare", "≤ 1.5 × bare"),
    ];

    private static TargetCheck Missing(string measure, string target) => new(measure, target, $"{NotMeasured} (left out by --only)", null);
}
