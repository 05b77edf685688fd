using System.Diagnostics;

namespace ChatOps.Bench;

/// <summary>Percentiles of a set of durations, in milliseconds (nearest-rank).</summary>
public sealed record Latencies(int Count, double P50, double P95, double P99, double Max)
{
    public static Latencies Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0) return new Latencies(0, double.NaN, double.NaN, double.NaN, double.NaN);
        return new Latencies(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), Math.Round(sorted[^1], 2));
    }

    public static double Milliseconds(long fromTimestamp, long toTimestamp) =>
        Stopwatch.GetElapsedTime(fromTimestamp, toTimestamp).TotalMilliseconds;

    private static double Rank(double[] sorted, double quantile) =>
        Math.Round(sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)], 2);
}
