using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bench;

/// <summary>
/// Benchmark 3: reminder lateness with many open incidents. <see cref="BenchOptions.RemindersInWindow"/> of the open
/// incidents (at most half) owe their status update at random moments inside a measuring window that opens after the
/// bot has started; the others fall due hours later. The same number falls due in the window at every scale, so the
/// scales differ only in how many incidents and reminders the database holds: what grows with scale is the cost of
/// finding and firing a reminder among more. Lateness is when Slack receives the reminder minus when it was due. Once
/// the window's reminders have fired and the bot has nothing left to do, nothing is due for a while: the bot's CPU use
/// over that gap is the cost of waiting. Scales run one after another on the same database, each adding incidents to
/// those of the last (<paramref name="alreadySeeded"/>), so 100,000 are seeded once per database; what an earlier
/// scale fired is re-planned an update cadence later, out of the window.
/// </summary>
public sealed class ReminderScenario(BenchOptions options)
{
    /// <summary>Incidents not sampled fall due this long after seeding (and within 15 minutes after), after every scale's window.</summary>
    private static readonly TimeSpan Later = TimeSpan.FromHours(3);

    public async Task<ReminderResult> RunAsync(string storage, string folder, string connection, int alreadySeeded, int openIncidents)
    {
        await using var slack = await LeanSlack.StartAsync();
        var window = TimeSpan.FromSeconds(options.ReminderSeconds);
        var gap = TimeSpan.FromSeconds(options.IdleSeconds + 10);
        var random = new Random(42 + openIncidents);
        var due = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var indexes = Enumerable.Range(alreadySeeded, Math.Max(0, openIncidents - alreadySeeded)).ToList();
        var sampled = indexes.Where((_, n) => n % Math.Max(1, indexes.Count / Math.Min(options.RemindersInWindow, Math.Max(1, openIncidents / 2))) == 0)
            .Take(Math.Min(options.RemindersInWindow, openIncidents / 2)).ToList();
        var inWindow = sampled.ToHashSet();
        var opens = DateTimeOffset.MaxValue;
        var later = DateTimeOffset.UtcNow + Later;

        var seeding = Stopwatch.StartNew();
        await using var bot = await InProcessBot.StartAsync(
            BotSettings.For(slack, folder, storage, connection, announce: false),
            async services =>
            {
                await IncidentSeeder.SeedAsync(services, indexes.Where(i => !inWindow.Contains(i)).ToList(), _ => later + TimeSpan.FromMinutes(15) * random.NextDouble());
                // The window opens once the sampled incidents are stored and the host has started (about 6 ms an incident on a busy machine).
                opens = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(5) + TimeSpan.FromMilliseconds(sampled.Count * 6);
                await IncidentSeeder.SeedAsync(services, sampled, i =>
                {
                    var at = opens + window * random.NextDouble();
                    due[IncidentSeeder.ChannelOf(i)] = at;
                    return at;
                });
            });
        seeding.Stop();
        var started = DateTimeOffset.UtcNow;
        if (started > opens) Console.WriteLine($"  warning: seeding took {seeding.Elapsed.TotalSeconds:0} s, past the window's opening; reminders due before the bot started are left out");

        await DelayUntil(opens + window + TimeSpan.FromSeconds(1));
        var caughtUp = await NothingDueAsync(bot.Services, TimeSpan.FromMinutes(5));
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

        await Backlog.DrainAsync(bot.Services, TimeSpan.FromMinutes(5));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var cpu = await IdleCpuAsync(TimeSpan.FromSeconds(options.IdleSeconds));
        var latency = Latencies.Of(lateness);
        var perSecond = Math.Round(due.Count / window.TotalSeconds, 1);
        Console.WriteLine($"  reminders on {storage}: {openIncidents} open, {latency.Count} fired in the window ({perSecond}/s, missed {missed}): late by p50 {latency.P50} ms, p99 {latency.P99} ms, max {latency.Max} ms; everything due had fired {caughtUp.TotalSeconds:0.0} s after the window; idle CPU {cpu} % of a core; seeded {indexes.Count} in {seeding.Elapsed.TotalSeconds:0.0} s; load average {Machine.LoadAverage()}");
        return new ReminderResult(storage, openIncidents, latency, missed, cpu, Math.Round(seeding.Elapsed.TotalSeconds, 1))
        {
            DuePerSecond = perSecond,
            LoadAverage = Machine.LoadAverage(),
        };
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

    /// <summary>Waits (polling the database twice a second) until no reminder is due; returns how long that took (at most <paramref name="timeout"/>).</summary>
    private static async Task<TimeSpan> NothingDueAsync(IServiceProvider services, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var now = DateTimeOffset.UtcNow;
                var db = scope.ServiceProvider.GetRequiredService<ChatOps.Bot.Persistence.ChatOpsDbContext>();
                if (!await db.Reminders.AnyAsync(r => r.DueAt <= now)) return Stopwatch.GetElapsedTime(started);
            }
            await Task.Delay(500);
        }
        Console.WriteLine($"  warning: reminders were still due {timeout} after the window closed: the bot cannot keep up");
        return timeout;
    }

    private static Task DelayUntil(DateTimeOffset at)
    {
        var wait = at - DateTimeOffset.UtcNow;
        return wait > TimeSpan.Zero ? Task.Delay(wait) : Task.CompletedTask;
    }
}

/// <summary>One scale on one database; <see cref="DuePerSecond"/> is how fast the sampled reminders fell due in the window.</summary>
public sealed record ReminderResult(string Storage, int OpenIncidents, Latencies Lateness, int Missed, double IdleCpuPercentOfCore, double SeedSeconds)
{
    public double DuePerSecond { get; init; }

    /// <summary>The one-minute load average when the scale's measurement ended.</summary>
    public double LoadAverage { get; init; }
}
