namespace ChatOps.Core.Learning;

/// <summary>
/// A duration measured over some incidents: how many had it, the mean and the 90th percentile in minutes (null when
/// none had it). The p90 is the nearest-rank percentile: sort the n values ascending and take the one at rank
/// ceil(0.9 × n), so it is always a value some incident really had (with 10 values, the 9th; with 5, the 5th).
/// </summary>
public sealed record DurationFigure(int Count, double? MeanMinutes, double? P90Minutes)
{
    public static DurationFigure Of(IEnumerable<TimeSpan> durations)
    {
        var minutes = durations.Select(d => d.TotalMinutes).Order().ToList();
        if (minutes.Count == 0) return new DurationFigure(0, null, null);
        var rank = (int)Math.Ceiling(0.9 * minutes.Count);
        return new DurationFigure(minutes.Count, Math.Round(minutes.Average(), 2), Math.Round(minutes[rank - 1], 2));
    }
}

/// <summary>How many of <see cref="Of"/> incidents met a target, and the share in percent (null when none could be judged).</summary>
public sealed record ShareFigure(int Met, int Of)
{
    public double? Percent => Of == 0 ? null : Math.Round(100.0 * Met / Of, 1);
}
