using System.Collections.Concurrent;
using System.Diagnostics;

namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>
/// Sends fuzzed requests to the real host a few at a time (as Slack or Teams would, many at once) and keeps every
/// answer, so the test can fail naming each request that got a 5xx, no answer, or an answer later than Slack waits.
/// </summary>
public static class FuzzRun
{
    /// <summary>Slack gives a request three seconds; Teams about fifteen, so three holds for both.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    public static async Task<IReadOnlyList<FuzzOutcome>> SendAllAsync(IEnumerable<FuzzRequest> requests, Func<FuzzRequest, Task<HttpResponseMessage>> send, int parallel)
    {
        var outcomes = new ConcurrentBag<FuzzOutcome>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (request, _) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await send(request);
                var answer = await response.Content.ReadAsStringAsync();
                var outcome = new FuzzOutcome(request, (int)response.StatusCode, clock.Elapsed, answer);
                // Bodies can be megabytes: only a failure keeps its own, to show it.
                outcomes.Add(IsFailure(outcome) ? outcome : outcome with { Request = request with { Body = [] }, Answer = "" });
            }
            catch (HttpRequestException ex)
            {
                outcomes.Add(new FuzzOutcome(request, 0, clock.Elapsed, ex.Message));
            }
        });
        return [.. outcomes.OrderBy(o => o.Request.Index)];
    }

    /// <summary>
    /// Every base once as it is, one after the other, before the timed run: the host's first requests compile and
    /// connect everything, and each base must itself be answered without a 5xx. Returns the bases that were not.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WarmUpAsync(IEnumerable<FuzzRequest> bases, Func<FuzzRequest, Task<HttpResponseMessage>> send)
    {
        var failed = new List<string>();
        foreach (var request in bases)
        {
            using var response = await send(request);
            if ((int)response.StatusCode >= 500) failed.Add($"HTTP {(int)response.StatusCode}: {request.Describe(0)}");
        }
        return failed;
    }

    /// <summary>The requests answered with a 5xx, not answered, or answered after <see cref="Limit"/>, each described.</summary>
    public static IReadOnlyList<string> Failures(IEnumerable<FuzzOutcome> outcomes, int seed) =>
    [
        .. outcomes.Where(IsFailure)
            .Select(o => $"{(o.Status == 0 ? "no answer" : $"HTTP {o.Status}")} after {o.Took.TotalMilliseconds:N0} ms: {Trim(o.Answer)}\n{o.Request.Describe(seed)}"),
    ];

    /// <summary>A summary of the run for the test output: how many of each status, and the slowest answers.</summary>
    public static string Summary(IReadOnlyList<FuzzOutcome> outcomes, TimeSpan took) =>
        $"{outcomes.Count} requests in {took.TotalSeconds:N1} s; statuses {string.Join(", ", outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))}; " +
        $"median {outcomes.Select(o => o.Took).Order().ElementAt(outcomes.Count / 2).TotalMilliseconds:N0} ms; slowest " +
        string.Join(", ", outcomes.OrderByDescending(o => o.Took).Take(3).Select(o => $"{o.Took.TotalMilliseconds:N0} ms (case {o.Request.Index}, {o.Request.Base}, HTTP {o.Status})"));

    private static bool IsFailure(FuzzOutcome o) => o.Status is 0 or >= 500 || o.Took > Limit;

    private static string Trim(string answer) => answer.Length > 300 ? answer[..300] + "…" : answer;
}
