using System.Globalization;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Learning;

/// <summary>
/// A service's month written out so anyone can check it: each impact window, the merged downtime, the arithmetic and
/// the tier, e.g. "API, 2026-11 (target 99.9 %): INC-2026-003 23:00-24:00 ...; down 95 min of 43,200 min;
/// availability (43,200 - 95) / 43,200 = 99.7801 %: credit 10 % (below 99.9 %)".
/// </summary>
public static class ServiceCreditText
{
    /// <param name="name">How an incident is named to this reader (a private one the reader may not see is not named).</param>
    public static string Describe(ServiceMonth month, Func<Incident, string> name)
    {
        var minutes = Minutes(month.Month.Length);
        var head = $"{month.Sla.Service}, {month.Month} (target {Percent(month.Sla.Target)})";
        if (month.Windows.Count == 0)
            return $"{head}: no impact recorded; availability 100 %: no credit due.";
        var windows = string.Join("; ", month.Windows.Select(w =>
            $"{name(w.Incident)} {Clock.Format(w.From)} to {Clock.Format(w.To)}{(w.Ongoing ? " (still going on)" : w.Clipped ? " (clipped to the month)" : "")}"));
        var overlap = month.Merged.Count < month.Windows.Count
            ? $"; overlapping windows merged into {month.Merged.Count} ({string.Join(", ", month.Merged.Select(d => $"{Clock.Format(d.From)} to {Clock.Format(d.To)}"))}), so no minute counts twice"
            : "";
        var down = Minutes(month.Down);
        var credit = month.Credit is { } tier
            ? $"credit {Percent(tier.Credit)} (below {Percent(tier.Below)})"
            : month.Availability < month.Sla.Target ? "target missed, but no credit tier applies" : "target met: no credit due";
        return $"{head}: impact {windows}{overlap}; down {down} min of {minutes} min; availability ({minutes} - {down}) / {minutes} = {Percent(Floor(month.Availability))}: {credit}.";
    }

    /// <summary>A percentage as shown: up to four decimals, never rounded up past a threshold (99.89996 is 99.8999 %).</summary>
    public static string Percent(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture) + " %";

    public static decimal Floor(decimal percent) => Math.Floor(percent * 10000m) / 10000m;

    public static string Minutes(TimeSpan span) => ((decimal)span.Ticks / TimeSpan.TicksPerMinute).ToString("#,0.##", CultureInfo.InvariantCulture);
}
