using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatOps.Bench;

/// <summary>One run's measurements, as written to <c>bench/results/&lt;date&gt;.json</c>.</summary>
public sealed record BenchResults(DateTimeOffset RanAt, bool Smoke, Machine Machine)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Which Bolt for JavaScript peer ran beside the bot, or why it was skipped.</summary>
    public string? BoltPeer { get; set; }

    public List<AckResult> Ack { get; init; } = [];
    public ReadyResult? Ready { get; set; }
    public List<ReminderResult> Reminders { get; init; } = [];
    public MemoryResult? Memory { get; set; }
    public DashboardResult? Dashboard { get; set; }

    /// <summary>Each target (issues 6 and 19) against this run, for what was measured.</summary>
    public List<TargetCheck> Targets
    {
        get
        {
            var checks = new List<TargetCheck>();
            if (Ack.Count > 0)
            {
                var busiest = Ack.MaxBy(a => a.Connections)!;
                var at = $"at {busiest.Connections} connections";
                if (busiest is { Bolt: { } bolt, VsBolt: { } vs })
                {
                    checks.Add(new($"Ack throughput {at} vs Bolt-js", "≥ Bolt-js's", $"{busiest.Real.PerSecond}/s = {vs.Throughput} × {bolt.PerSecond}/s", vs.Throughput >= 1));
                    checks.Add(new($"Ack p50 {at} vs Bolt-js", "≤ Bolt-js's", $"{busiest.Real.Latency.P50} ms = {vs.P50} × {bolt.Latency.P50} ms", vs.P50 <= 1));
                    checks.Add(new($"Ack p99 {at} vs Bolt-js", "≤ 0.2 × Bolt-js's", $"{busiest.Real.Latency.P99} ms = {vs.P99} × {bolt.Latency.P99} ms", vs.P99 <= 0.2));
                }
                checks.Add(new($"Ack p99 {at} vs bare", "≤ 1.5 × bare", $"{busiest.Real.Latency.P99} ms = {busiest.P99Ratio} × {busiest.Bare.Latency.P99} ms", busiest.P99Ratio <= 1.5));
                checks.Add(new($"Ack p99 {at}", "far below 3,000 ms (≤ 1,000)", $"{busiest.Real.Latency.P99} ms", busiest.Real.Latency.P99 <= 1000));
            }
            if (Ready is { } ready) checks.Add(new($"Declare-to-ready p99 at {ready.DeclaresPerSecond}/s", "≤ 100 ms", $"{ready.Latency.P99} ms", ready.Latency.P99 <= 100));
            foreach (var r in Reminders)
            {
                var where = $"{r.Storage}, {r.OpenIncidents} open incidents";
                checks.Add(new($"Reminder lateness p99, {where}", "≤ 100 ms", $"{r.Lateness.P99} ms ({r.Missed} missed)", r.Lateness.P99 <= 100 && r.Missed == 0));
                checks.Add(new($"CPU while nothing is due, {where}", "≤ 1 % of a core", $"{r.IdleCpuPercentOfCore} %", r.IdleCpuPercentOfCore <= 1));
            }
            if (Memory is { } memory)
            {
                checks.Add(new($"Resident memory idle, {memory.OpenIncidents} open incidents", "≤ 100 MB", $"{memory.ResidentIdleMb} MB", memory.ResidentIdleMb <= 100));
                checks.Add(new($"Resident memory after {memory.DeclaresInBurst} declares", "≤ 150 MB", $"{memory.ResidentAfterLoadMb} MB (peak {memory.PeakMb} MB)", memory.ResidentAfterLoadMb <= 150));
                checks.Add(new($"Start-up to ready, {memory.OpenIncidents} open incidents", "≤ 1,000 ms", $"{memory.StartUpMilliseconds} ms", memory.StartUpMilliseconds <= 1000));
            }
            if (Dashboard is { } web)
                checks.Add(new($"Dashboard server time, {web.Incidents} incidents", "p99 ≤ 250 ms (incidents page and an incident's page)", $"{web.IncidentsPage.P99} ms and {web.IncidentPage.P99} ms", Math.Max(web.IncidentsPage.P99, web.IncidentPage.P99) <= 250));
            return checks;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

public sealed record TargetCheck(string Measure, string Target, string Measured, bool Met);
