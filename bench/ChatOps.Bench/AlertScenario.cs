using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ChatOps.Bot.Slack.Inbound;

namespace ChatOps.Bench;

/// <summary>
/// Benchmark 6: chat acknowledgements while alert webhooks arrive. The same closed-loop load of signed
/// <c>/incident declare</c> as the acknowledgement benchmark (its largest number of connections, <see cref="BenchOptions.BusiestConnections"/>) runs
/// on two bots started and warmed up alike, five rounds each (the median round's p99 counts): once on a quiet bot, once while <see cref="BenchOptions.AlertsPerMinute"/> alert notifications a minute
/// (<see cref="AlertWebhooks"/>, open loop: on schedule whether or not earlier ones are answered) have been arriving for
/// <see cref="BenchOptions.AlertWarmUpSeconds"/> and keep arriving until the load ends. Reported: both ack latencies, their
/// p99 ratio, the alerts' own answers, and how long the bot took to carry everything out after the last alert.
/// </summary>
/// <remarks>
/// Two bots, not one, so the loads differ only in the alerts: on one bot the second load also carried the first's
/// 2,000 incidents, their reminders and their announcements still waiting for the announce channel's one slot a second.
/// </remarks>
public sealed class AlertScenario(BenchOptions options)
{
    public async Task<AlertLoadResult> RunAsync(string folder)
    {
        var connections = options.BusiestConnections;
        var requests = Math.Max(options.AckMinRequests, options.AckRequestsPerConnection * connections);

        // Without alerts: as long a quiet spell before the load as the alerts get to warm up, then the load.
        List<LoadResult> withoutRounds;
        await using (var quiet = await WarmBot.StartAsync(Path.Combine(folder, "without"), connections, requests))
        {
            await Task.Delay(TimeSpan.FromSeconds(options.AlertWarmUpSeconds));
            withoutRounds = await RoundsAsync(quiet, connections, requests);
            await Backlog.DrainAsync(quiet.Bot.Services, TimeSpan.FromMinutes(10));
        }
        var without = MedianRound(withoutRounds);
        Console.WriteLine($"  alerts: ack @{connections} without alerts p50 {without.Latency.P50} p99 {without.Latency.P99} ms ({without.PerSecond}/s), the median of round p99s {string.Join(", ", withoutRounds.Select(r => r.Latency.P99))} ms");

        await using var bot = await WarmBot.StartAsync(Path.Combine(folder, "with"), connections, requests);
        using var alertHttp = new HttpClient { BaseAddress = bot.Bot.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var stop = new CancellationTokenSource();
        var sender = SendAlertsAsync(alertHttp, new AlertWebhooks(), options.AlertsPerMinute, stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(options.AlertWarmUpSeconds));
        var withRounds = await RoundsAsync(bot, connections, requests);
        var with = MedianRound(withRounds);
        await stop.CancelAsync();
        var alerts = await sender;
        // How long the bot takes to catch up is reported, not required: a slow catch-up must not lose the run's other numbers.
        var catchUp = double.NaN;
        try
        {
            catchUp = Math.Round((await Backlog.DrainAsync(bot.Bot.Services, TimeSpan.FromMinutes(10))).TotalSeconds, 1);
        }
        catch (TimeoutException ex)
        {
            Console.WriteLine($"  warning: {ex.Message}");
        }
        var result = new AlertLoadResult(connections, options.AlertsPerMinute, without, with, Math.Round(with.Latency.P99 / without.Latency.P99, 2), alerts, catchUp)
        {
            WithoutAlertsRoundsP99 = [.. withoutRounds.Select(r => r.Latency.P99)],
            WithAlertsRoundsP99 = [.. withRounds.Select(r => r.Latency.P99)],
        };
        Console.WriteLine($"  alerts: ack @{connections} with {options.AlertsPerMinute} alerts/min p50 {with.Latency.P50} p99 {with.Latency.P99} ms ({with.PerSecond}/s), the median of round p99s {string.Join(", ", withRounds.Select(r => r.Latency.P99))} ms; p99 ratio {result.P99Ratio}; {alerts.Answered} of {alerts.Sent} alerts answered 200, p50 {alerts.Latency.P50} p99 {alerts.Latency.P99} ms; bot caught up {result.CatchUpSeconds} s after the last");
        return result;
    }

    /// <summary>
    /// The load <see cref="Rounds"/> times, <see cref="BetweenRounds"/> apart, on one bot. One load of 2,000 requests takes
    /// under a second, so its p99 (its 20 slowest) is decided by whatever else the machine did in that second: runs of
    /// the same code gave ratios from 0.42 to 1.24 (BENCHMARKS.md, "Alerts (perf-alerts)"). Both bots run the same rounds.
    /// </summary>
    private async Task<List<LoadResult>> RoundsAsync(WarmBot bot, int connections, int requests)
    {
        var rounds = new List<LoadResult>();
        for (var round = 0; round < (options.Smoke ? 1 : Rounds); round++)
        {
            if (round > 0) await Task.Delay(BetweenRounds);
            rounds.Add(await AckLoad.RunAsync(bot.Http, bot.Declares, SlackEndpoints.Commands, connections, requests));
        }
        return rounds;
    }

    private const int Rounds = 5;
    private static readonly TimeSpan BetweenRounds = TimeSpan.FromSeconds(5);

    /// <summary>The round whose p99 is the median of the rounds'.</summary>
    private static LoadResult MedianRound(List<LoadResult> rounds) => rounds.OrderBy(r => r.Latency.P99).ElementAt(rounds.Count / 2);

    /// <summary>Sends alerts at <paramref name="perMinute"/> on schedule until stopped; waits for the answers of those sent.</summary>
    private static async Task<AlertAnswers> SendAlertsAsync(HttpClient http, AlertWebhooks webhooks, int perMinute, CancellationToken stop)
    {
        var interval = TimeSpan.FromMinutes(1.0 / perMinute);
        var samples = new ConcurrentBag<double>();
        var refused = new ConcurrentQueue<string>();
        var sends = new List<Task>();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var due = interval * i - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(due, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            sends.Add(Task.Run(async () =>
            {
                using var request = webhooks.Create();
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK) samples.Add(Latencies.Milliseconds(sent, Stopwatch.GetTimestamp()));
                else refused.Enqueue($"{(int)response.StatusCode} {text}");
            }));
        }
        await Task.WhenAll(sends);
        if (!refused.IsEmpty) Console.WriteLine($"  alerts: {refused.Count} alert webhooks were not answered 200, first: {refused.First()}");
        return new AlertAnswers(sends.Count, samples.Count, Latencies.Of(samples));
    }
}

/// <summary>Alert webhooks sent, answered 200, and the latency of those answers.</summary>
public sealed record AlertAnswers(int Sent, int Answered, Latencies Latency);

/// <summary>The same acknowledgement load without and with alert webhooks arriving.</summary>
/// <param name="WithoutAlerts">The round of the load without alerts whose p99 is the median (<see cref="WithoutAlertsRoundsP99"/>); likewise <paramref name="WithAlerts"/>.</param>
public sealed record AlertLoadResult(int Connections, int AlertsPerMinute, LoadResult WithoutAlerts, LoadResult WithAlerts, double P99Ratio, AlertAnswers Alerts, double CatchUpSeconds)
{
    /// <summary>Each round's p99 without alerts (ms), in order.</summary>
    public List<double> WithoutAlertsRoundsP99 { get; init; } = [];

    /// <summary>Each round's p99 with alerts (ms), in order.</summary>
    public List<double> WithAlertsRoundsP99 { get; init; } = [];
}

/// <summary>
/// A bot of the alert benchmark on its own database and Slack, warmed up as every one of them is: a fifth of the load
/// (at most 200 declares), then everything but the announcements carried out.
/// </summary>
internal sealed class WarmBot : IAsyncDisposable
{
    private WarmBot(LeanSlack slack, InProcessBot bot, HttpClient http, SignedDeclares declares) =>
        (Slack, Bot, Http, Declares) = (slack, bot, http, declares);

    public LeanSlack Slack { get; }
    public InProcessBot Bot { get; }
    public HttpClient Http { get; }
    public SignedDeclares Declares { get; }

    public static async Task<WarmBot> StartAsync(string folder, int connections, int requests)
    {
        Directory.CreateDirectory(folder);
        var slack = await LeanSlack.StartAsync();
        var settings = BotSettings.For(slack, folder, "sqlite", BotSettings.SqliteConnection(folder), announce: false);
        foreach (var (key, value) in AlertWebhooks.Settings()) settings[key] = value;
        var bot = await InProcessBot.StartAsync(settings);
        var warm = new WarmBot(slack, bot, AckLoad.Client(bot.Address, connections), new SignedDeclares(slack));
        await AckLoad.RunAsync(warm.Http, warm.Declares, SlackEndpoints.Commands, connections, Math.Min(requests / 5, 200));
        await Backlog.DrainAsync(bot.Services, TimeSpan.FromMinutes(10));
        return warm;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Bot.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
