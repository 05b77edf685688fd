using System.Globalization;

namespace ChatOps.Core.Learning;

/// <summary>A calendar month in UTC, as typed <c>2026-11</c>.</summary>
public readonly record struct ReportMonth(int Year, int Month)
{
    public DateTimeOffset Start => new(Year, Month, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset End => Start.AddMonths(1);

    public TimeSpan Length => End - Start;

    public override string ToString() => $"{Year:0000}-{Month:00}";

    public static ReportMonth Of(DateTimeOffset at) => new(at.UtcDateTime.Year, at.UtcDateTime.Month);

    public static bool TryParse(string text, out ReportMonth month)
    {
        month = default;
        if (!DateTime.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        month = new ReportMonth(parsed.Year, parsed.Month);
        return true;
    }

    /// <summary>The months [<paramref name="from"/>, <paramref name="to"/>] touches, in order.</summary>
    public static IEnumerable<ReportMonth> Spanning(DateTimeOffset from, DateTimeOffset to)
    {
        var month = Of(from);
        yield return month;
        for (month = Of(month.End); month.Start < to; month = Of(month.End)) yield return month;
    }
}
