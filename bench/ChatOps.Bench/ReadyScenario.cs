using System.Collections.Concurrent;
using System.Diagnostics;
using ChatOps.Bot.Slack.Inbound;

namespace ChatOps.Bench;

/// <summary>
/// Benchmark 2: declare-to-ready. Declares arrive at a steady rate (open loop: on schedule, whether or not earlier ones
/// are answered); each is timed from its acknowledgement until Slack has seen its channel created, someone invited and
/// the card pinned. The announcement channel is configured, as in production.
/// </summary>
public sealed class ReadyScenario(BenchOptions options)
{
    public async Task<ReadyResult> RunAsync(string folder)
    {
        await using var slack = await LeanSlack.StartAsync();
        await using var bot = await InProcessBot.StartAsync(BotSettings.For(slack, folder, "sqlite", BotSettings.SqliteConnection(folder), announce: true));
        using var http = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(30) };
        var declares = new SignedDeclares(slack);
        await WarmUpAsync(http, declares, bot);
        slack.Clear();

        var acked = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var total = options.DeclaresPerSecond * options.DeclareSeconds;
        var interval = TimeSpan.FromSeconds(1.0 / options.DeclaresPerSecond);
        var started = Stopwatch.GetTimestamp();
        var sends = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = interval * i - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero) await Task.Delay(due);
            sends.Add(SendAsync(http, declares, acked));
        }
        await Task.WhenAll(sends);
        var ready = await WaitReadyAsync(slack, acked, TimeSpan.FromMinutes(5));
        var announced = slack.Posts.Count(p => p.Channel == "CANNOUNCE");
        var latency = Latencies.Of(acked.Select(a => Latencies.Milliseconds(a.Value, ready[a.Key])));
        Console.WriteLine($"  ready: {total} declares at {options.DeclaresPerSecond}/s: p50 {latency.P50} ms, p99 {latency.P99} ms, max {latency.Max} ms; {announced} of {total} announcements posted so far");
        return new ReadyResult(options.DeclaresPerSecond, options.DeclareSeconds, latency, announced);
    }

    private static async Task WarmUpAsync(HttpClient http, SignedDeclares declares, InProcessBot bot)
    {
        var acked = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SendAsync(http, declares, acked)));
        await Backlog.DrainAsync(bot.Services, TimeSpan.FromMinutes(2));
    }

    private static async Task SendAsync(HttpClient http, SignedDeclares declares, ConcurrentDictionary<string, long> acked)
    {
        using var request = declares.Create(SlackEndpoints.Commands, "P1", out var tag);
        using var response = await http.SendAsync(request);
        var at = Stopwatch.GetTimestamp();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"A declare was answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        acked[tag] = at;
    }

    /// <summary>When each declare's channel became ready, by tag; polls the fake's records (they fill in on Kestrel's threads).</summary>
    private static async Task<Dictionary<string, long>> WaitReadyAsync(LeanSlack slack, ConcurrentDictionary<string, long> acked, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var ready = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var channel in slack.Channels.Values)
                if (channel.ReadyAt is { } at && acked.ContainsKey(Tag(channel.Name))) ready[Tag(channel.Name)] = at;
            if (ready.Count == acked.Count) return ready;
            if (Stopwatch.GetElapsedTime(started) > timeout) throw new TimeoutException($"Only {ready.Count} of {acked.Count} incident channels were ready after {timeout}.");
            await Task.Delay(250);
        }
    }

    private static string Tag(string channelName) => channelName[(channelName.LastIndexOf('-') + 1)..];
}

public sealed record ReadyResult(int DeclaresPerSecond, int Seconds, Latencies Latency, int AnnouncementsPostedByThen);
