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

    /// <summary>Acknowledged intents of the ack run (answered 200 by the real endpoint) and how many of them the database holds after it.</summary>
    public Durability? AckDurability { get; set; }

    /// <summary>The acknowledgement benchmark again with <see cref="AckDatabaseIncidents"/> incidents in the database.</summary>
    public List<AckResult> AckAtScale { get; init; } = [];

    public int? AckDatabaseIncidents { get; set; }
    public AlertLoadResult? Alerts { get; set; }
    public ReadyResult? Ready { get; set; }
    public List<ReminderResult> Reminders { get; init; } = [];
    public MemoryResult? Memory { get; set; }

    /// <summary>Process start to ready with 10,000 incidents, the median of several starts (filled by the start-up measurement).</summary>
    public double? StartupMs { get; set; }

    public DashboardResult? Dashboard { get; set; }

    /// <summary>Seconds the whole run took, and the one-minute load average at its end.</summary>
    public double Seconds { get; set; }
    public double LoadAverageAtEnd { get; set; }

    /// <summary>Every target of issues 6 and 19 against this run; one left out by the options is listed as not measured.</summary>
    public List<TargetCheck> Targets => TargetChecks.Of(this);

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>A target against what the run measured; <see cref="Met"/> is null when it was not measured.</summary>
public sealed record TargetCheck(string Measure, string Target, string Measured, bool? Met);

/// <summary>Acknowledged intents (200s from the real endpoint) against the intents the database holds after the run.</summary>
public sealed record Durability(long Acknowledged, long Stored)
{
    public bool AllDurable => Stored >= Acknowledged && Acknowledged > 0;
}
