using System.Diagnostics;
using System.Net;

namespace ChatOps.Bench;

/// <summary>
/// A closed-loop load of signed declares (each connection sends its next request when the last is answered), as the
/// acknowledgement benchmark runs it, for the scenarios that put that load beside something else (alerts).
/// </summary>
public static class AckLoad
{
    public static HttpClient Client(Uri address, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>
    /// <paramref name="requests"/> declares over <paramref name="connections"/>; CPU is <paramref name="cpu"/>'s
    /// (default: this process's, the bot and the load generator together) over the run, out of all cores.
    /// </summary>
    public static async Task<LoadResult> RunAsync(HttpClient http, SignedDeclares declares, string path, int connections, int requests, Func<TimeSpan>? cpu = null)
    {
        var remaining = requests;
        var failures = 0;
        var samples = new double[requests];
        using var process = Process.GetCurrentProcess();
        cpu ??= () =>
        {
            process.Refresh();
            return process.TotalProcessorTime;
        };
        var cpuBefore = cpu();
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            int slot;
            while ((slot = Interlocked.Decrement(ref remaining)) >= 0)
            {
                using var request = declares.Create(path, "P1", out _);
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                samples[slot] = Latencies.Milliseconds(sent, Stopwatch.GetTimestamp());
                if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref failures);
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var used = Math.Round((cpu() - cpuBefore).TotalMilliseconds / elapsed.TotalMilliseconds / Environment.ProcessorCount * 100, 1);
        if (failures > 0) throw new InvalidOperationException($"{failures} of {requests} requests to {path} were not answered 200: the benchmark measures nothing useful.");
        return new LoadResult(requests, Math.Round(requests / elapsed.TotalSeconds), Latencies.Of(samples), used);
    }
}
