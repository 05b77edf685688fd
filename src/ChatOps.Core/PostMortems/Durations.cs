using Humanizer;
using Humanizer.Localisation;

namespace ChatOps.Core.PostMortems;

/// <summary>Durations for people: "1 hour, 5 minutes", and whole minutes for tables.</summary>
public static class Durations
{
    public static string Humanised(TimeSpan span) =>
        span < TimeSpan.FromMinutes(1)
            ? "less than a minute"
            : span.Humanize(precision: 2, minUnit: TimeUnit.Minute, maxUnit: TimeUnit.Day, collectionSeparator: ", ");

    public static string Minutes(TimeSpan span) => ((long)Math.Floor(span.TotalMinutes)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
