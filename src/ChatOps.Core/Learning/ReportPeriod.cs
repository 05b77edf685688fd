using System.Globalization;

namespace ChatOps.Core.Learning;

/// <summary>How a report's span is cut for charts: ISO weeks (Monday 00:00 UTC) or calendar months (UTC).</summary>
public enum ReportBucket
{
    Week,
    Month,
}

/// <summary>
/// One period of a chart: incidents declared in [<see cref="From"/>, <see cref="To"/>). The first and last periods are
/// clipped to the report's span, so every incident of the report falls in exactly one period.
/// </summary>
public sealed record ReportPeriod(string Label, DateTimeOffset From, DateTimeOffset To)
{
    public const string Buckets = "week or month";

    public static bool TryParseBucket(string? text, out ReportBucket bucket)
    {
        bucket = ReportBucket.Week;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "week":
                return true;
            case "month":
                bucket = ReportBucket.Month;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The periods [<paramref name="from"/>, <paramref name="to"/>) falls into, oldest first; weeks are labelled by their Monday, months as 2026-03.</summary>
    public static IReadOnlyList<ReportPeriod> Cut(DateTimeOffset from, DateTimeOffset to, ReportBucket bucket)
    {
        var periods = new List<ReportPeriod>();
        if (to <= from) return periods;
        for (var start = Start(from, bucket); start < to; start = Next(start, bucket))
        {
            var label = bucket == ReportBucket.Month
                ? ReportMonth.Of(start).ToString()
                : start.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            periods.Add(new ReportPeriod(label, start < from ? from : start, Next(start, bucket) > to ? to : Next(start, bucket)));
        }
        return periods;
    }

    public bool Holds(DateTimeOffset at) => at >= From && at < To;

    private static DateTimeOffset Start(DateTimeOffset at, ReportBucket bucket)
    {
        var day = new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero);
        return bucket == ReportBucket.Month
            ? ReportMonth.Of(at).Start
            : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    private static DateTimeOffset Next(DateTimeOffset start, ReportBucket bucket) =>
        bucket == ReportBucket.Month ? start.AddMonths(1) : start.AddDays(7);
}
