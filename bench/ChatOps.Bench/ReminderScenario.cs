using System.Diagnostics;
using ChatOps.Tests.Shared;

namespace ChatOps.Bench;

/// <summary>
/// Benchmark 3: reminder lateness with many open incidents. A small share of the seeded incidents owe their status
/// update at random moments inside a measuring window that opens after the bot has started; lateness is when Slack
/// receives the reminder minus when it was due. After the window comes a gap in which nothing is due: the bot's CPU
/// use over it is the cost of waiting.
/// </summary>
public sealed class ReminderScenario(BenchOptions options)
{
    private const int SampleEvery = 33;

    public async Task<ReminderResult> RunAsync(string storage, string folder, PostgresCluster? postgres)
    {
        var connection = storage == "postgres" ? await postgres!.CreateDatabaseAsync("bench") : BotSettings.SqliteConnection(folder);
        await using var slack = await LeanSlack.StartAsync();
        var window = TimeSpan.FromSeconds(options.ReminderSeconds);
        var gap = TimeSpan.FromSeconds(options.IdleSeconds + 10);
        var opens = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(10) + TimeSpan.FromMilliseconds(options.OpenIncidents * 6);
        var random = new Random(42);
        var due = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        DateTimeOffset FirstDue(int i)
        {
            if (i % SampleEvery != 0) return opens + window + gap + TimeSpan.FromMinutes(15) * random.NextDouble();
            var at = opens + window * random.NextDouble();
            due[IncidentSeeder.ChannelOf(i)] = at;
            return at;
        }

        var seeding = Stopwatch.StartNew();
        await using var bot = await InProcessBot.StartAsync(
            BotSettings.For(slack, folder, storage, connection, announce: false),
            services => IncidentSeeder.SeedAsync(services, options.OpenIncidents, FirstDue));
        seeding.Stop();
        var started = DateTimeOffset.UtcNow;
        if (started > opens) Console.WriteLine($"  warning: seeding took {seeding.Elapsed.TotalSeconds:0} s, past the window's opening; reminders due before the bot started are left out");

        await DelayUntil(opens + window + TimeSpan.FromSeconds(5));
        var lateness = new List<double>();
        var missed = 0;
        // The status-update reminders are what is timed; the runbook's communication reminders fall due at other times.
        var firstPosts = slack.Posts.Where(p => p.Text.Contains("Status update due", StringComparison.Ordinal))
            .GroupBy(p => p.Channel).ToDictionary(g => g.Key, g => g.Min(p => p.ReceivedAt));
        foreach (var (channel, at) in due.Where(d => d.Value > started))
        {
            if (firstPosts.TryGetValue(channel, out var received)) lateness.Add((received - at).TotalMilliseconds);
            else missed++;
        }

        var cpu = await IdleCpuAsync(TimeSpan.FromSeconds(options.IdleSeconds));
        var latency = Latencies.Of(lateness);
        Console.WriteLine($"  reminders on {storage}: {options.OpenIncidents} open, {latency.Count} fired in the window (missed {missed}): late by p50 {latency.P50} ms, p99 {latency.P99} ms, max {latency.Max} ms; idle CPU {cpu} % of a core; seeded in {seeding.Elapsed.TotalSeconds:0.0} s");
        return new ReminderResult(storage, options.OpenIncidents, latency, missed, cpu, Math.Round(seeding.Elapsed.TotalSeconds, 1));
    }

    /// <summary>This process's CPU time over <paramref name="span"/>, as a percentage of one core.</summary>
    public static async Task<double> IdleCpuAsync(TimeSpan span)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await Task.Delay(span);
        process.Refresh();
        return Math.Round((process.TotalProcessorTime - cpuBefore).TotalMilliseconds / wall.Elapsed.TotalMilliseconds * 100, 2);
    }

    private static Task DelayUntil(DateTimeOffset at)
    {
        var wait = at - DateTimeOffset.UtcNow;
        return wait > TimeSpan.Zero ? Task.Delay(wait) : Task.CompletedTask;
    }
}

public sealed record ReminderResult(string Storage, int OpenIncidents, Latencies Lateness, int Missed, double IdleCpuPercentOfCore, double SeedSeconds);
