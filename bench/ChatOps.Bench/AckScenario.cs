using System.Diagnostics;
using System.Net;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Slack.Inbound;

namespace ChatOps.Bench;

/// <summary>
/// Benchmark 1: acknowledgement latency of signed <c>/incident declare</c> commands at each number of concurrent
/// connections (closed loop: each connection sends its next request when the last is answered), against the real
/// endpoint, the bare one on the same server and the Bolt for JavaScript peer (<see cref="BoltPeer"/>, when it runs),
/// all with the same kind of unique, correctly signed requests. The load generator is this process (HttpClient, one
/// connection per concurrent request; wrk is not needed). The bare endpoint and Bolt go first, so the bot's work on
/// the declares it acknowledged cannot slow them down; after the real run the bot is left to finish that work before
/// the next level.
/// </summary>
public sealed class AckScenario(BenchOptions options)
{
    public async Task<List<AckResult>> RunAsync(string folder, BoltPeer? bolt)
    {
        await using var slack = await LeanSlack.StartAsync();
        await using var bot = await InProcessBot.StartAsync(BotSettings.For(slack, folder, "sqlite", BotSettings.SqliteConnection(folder), announce: false));
        var declares = new SignedDeclares(slack);
        var results = new List<AckResult>();
        foreach (var connections in options.Connections)
        {
            using var http = AckLoad.Client(bot.Address, connections);
            var requests = Math.Max(options.AckMinRequests, options.AckRequestsPerConnection * connections);
            var warmUp = Math.Min(requests / 5, 200);
            await AckLoad.RunAsync(http, declares, InProcessBot.BarePath, connections, warmUp);
            var bare = await AckLoad.RunAsync(http, declares, InProcessBot.BarePath, connections, requests);
            LoadResult? boltResult = null;
            if (bolt is not null)
            {
                using var boltHttp = AckLoad.Client(bolt.Address, connections);
                await AckLoad.RunAsync(boltHttp, declares, BoltPeer.CommandsPath, connections, warmUp);
                boltResult = await AckLoad.RunAsync(boltHttp, declares, BoltPeer.CommandsPath, connections, requests, () => bolt.Cpu);
            }
            await AckLoad.RunAsync(http, declares, SlackEndpoints.Commands, connections, warmUp);
            await Backlog.DrainAsync(bot.Services, TimeSpan.FromMinutes(10));
            var gate = bot.Services.GetRequiredService<SqliteWriteGate>();
            var groupCommit = bot.Services.GetRequiredService<InboxGroupCommit>();
            var (before, aheadBefore, groupedBefore) = (gate.Contention, gate.AheadContention, groupCommit.Grouped);
            var real = await AckLoad.RunAsync(http, declares, SlackEndpoints.Commands, connections, requests);
            var (after, aheadAfter, groupedAfter) = (gate.Contention, gate.AheadContention, groupCommit.Grouped);
            var waitPerTurn = Math.Round((after.Waited - before.Waited).TotalMilliseconds / Math.Max(1, after.Turns - before.Turns), 2);
            var perCommit = Math.Round((double)(groupedAfter.Intents - groupedBefore.Intents) / Math.Max(1, groupedAfter.Batches - groupedBefore.Batches), 1);
            var drained = await Backlog.DrainAsync(bot.Services, TimeSpan.FromMinutes(10));
            var result = new AckResult(connections, real, bare, Math.Round(real.Latency.P99 / bare.Latency.P99, 2), Math.Round(drained.TotalSeconds, 1), waitPerTurn, after.Turns - before.Turns)
            {
                Bolt = boltResult,
                IntentsPerCommit = perCommit,
                AckWaitPerTurnMs = Math.Round((aheadAfter.Waited - aheadBefore.Waited).TotalMilliseconds / Math.Max(1, aheadAfter.Turns - aheadBefore.Turns), 2),
            };
            Console.WriteLine($"  ack @{connections,3}: real p50 {real.Latency.P50} p99 {real.Latency.P99} ms ({real.PerSecond}/s), bare p50 {bare.Latency.P50} p99 {bare.Latency.P99} ms ({bare.PerSecond}/s), p99 ratio {result.P99Ratio}; CPU real {real.CpuPercentOfMachine} %, bare {bare.CpuPercentOfMachine} % of the machine; {result.WriteTurns} SQLite write turns, waited {result.WriteWaitPerTurnMs} ms each on average (acknowledgement batches {result.AckWaitPerTurnMs} ms); {perCommit} intents per commit; bot caught up {result.CatchUpSeconds} s later");
            if (boltResult is not null)
                Console.WriteLine($"           bolt-js p50 {boltResult.Latency.P50} p99 {boltResult.Latency.P99} ms ({boltResult.PerSecond}/s, node at {boltResult.CpuPercentOfMachine} % of the machine); real/bolt: throughput {result.VsBolt!.Throughput}, p50 {result.VsBolt.P50}, p99 {result.VsBolt.P99}");
            results.Add(result);
        }
        return results;
    }
}

/// <summary>One load run; <see cref="CpuPercentOfMachine"/> is this process's CPU over it, out of all cores (100 = every core busy).</summary>
public sealed record LoadResult(int Requests, double PerSecond, Latencies Latency, double CpuPercentOfMachine);

/// <summary>The real endpoint against the bare one; <see cref="WriteWaitPerTurnMs"/> is the average wait for SQLite's writer turn during the real run.</summary>
public sealed record AckResult(int Connections, LoadResult Real, LoadResult Bare, double P99Ratio, double CatchUpSeconds, double WriteWaitPerTurnMs, long WriteTurns)
{
    /// <summary>The same load on the Bolt for JavaScript peer; null when it was skipped.</summary>
    public LoadResult? Bolt { get; init; }

    /// <summary>Acknowledged intents stored per durable commit (group commit) during the real run.</summary>
    public double IntentsPerCommit { get; init; }

    /// <summary>The average wait of an acknowledgement batch for SQLite's writer turn during the real run (its lane's share of <see cref="WriteWaitPerTurnMs"/>).</summary>
    public double AckWaitPerTurnMs { get; init; }

    /// <summary>The bot against Bolt: its throughput, p50 and p99 divided by Bolt's.</summary>
    public BoltRatios? VsBolt => Bolt is { } bolt
        ? new(Math.Round(Real.PerSecond / bolt.PerSecond, 2), Math.Round(Real.Latency.P50 / bolt.Latency.P50, 2), Math.Round(Real.Latency.P99 / bolt.Latency.P99, 2))
        : null;
}

public sealed record BoltRatios(double Throughput, double P50, double P99);
