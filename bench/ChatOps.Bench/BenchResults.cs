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

    public List<AckResult> Ack { get; init; } = [];
    public ReadyResult? Ready { get; set; }
    public List<ReminderResult> Reminders { get; init; } = [];
    public MemoryResult? Memory { get; set; }
    public DashboardResult? Dashboard { get; set; }

    /// <summary>Each target of issue 6 against this run, for what was measured.</summary>
    public List<TargetCheck> Targets
    {
        get
        {
            var checks = new List<TargetCheck>();
            if (Ack.Count > 0)
            {
                var busiest = Ack.MaxBy(a => a.Connections)!;
                checks.Add(new($"Ack p99 at {busiest.Connections} connections vs bare", "≤ 1.5 × bare", $"{busiest.Real.Latency.P99} ms = {busiest.P99Ratio} × {busiest.Bare.Latency.P99} ms", busiest.P99Ratio <= 1.5));
                checks.Add(new($"Ack p99 at {busiest.Connections} connections", "far below 3,000 ms (≤ 1,000)", $"{busiest.Real.Latency.P99} ms", busiest.Real.Latency.P99 <= 1000));
            }
            if (Ready is { } ready) checks.Add(new($"Declare-to-ready p99 at {ready.DeclaresPerSecond}/s", "≤ 150 ms", $"{ready.Latency.P99} ms", ready.Latency.P99 <= 150));
            foreach (var r in Reminders)
            {
                checks.Add(new($"Reminder lateness p99, {r.Storage}", "≤ 1,000 ms", $"{r.Lateness.P99} ms ({r.Missed} missed)", r.Lateness.P99 <= 1000 && r.Missed == 0));
                checks.Add(new($"CPU while nothing is due, {r.Storage}", "≤ 1 % of a core", $"{r.IdleCpuPercentOfCore} %", r.IdleCpuPercentOfCore <= 1));
            }
            if (Memory is { } memory)
                checks.Add(new($"Resident memory, {memory.OpenIncidents} open incidents", "≤ 150 MB", $"{memory.ResidentIdleMb} MB idle, {memory.ResidentAfterLoadMb} MB after load", Math.Max(memory.ResidentIdleMb, memory.ResidentAfterLoadMb) <= 150));
            if (Dashboard is { } web)
                checks.Add(new($"Dashboard server time, {web.Incidents} incidents", "p99 ≤ 250 ms (incidents page and an incident's page)", $"{web.IncidentsPage.P99} ms and {web.IncidentPage.P99} ms", Math.Max(web.IncidentsPage.P99, web.IncidentPage.P99) <= 250));
            return checks;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

public sealed record TargetCheck(string Measure, string Target, string Measured, bool Met);
