using System.Globalization;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.Learning;

/// <summary>
/// What a report covers: incidents declared in [<see cref="From"/>, <see cref="To"/>), optionally of one final
/// severity and naming one service. Read from <c>--since 30d|90d|YYYY-MM</c> (default the last 30 days).
/// </summary>
public sealed record ReportQuery(DateTimeOffset From, DateTimeOffset To, string Period, string? Severity, string? Service)
{
    public const string Usage = "/incident report [--since 30d|90d|YYYY-MM] [--severity SEV] [--service NAME]";

    public static readonly TimeSpan DefaultSpan = TimeSpan.FromDays(30);

    /// <summary>The query for <paramref name="since"/> (a span back from now like 30d, or a month like 2026-11), or the reason it cannot be read.</summary>
    public static (ReportQuery? Query, string? Error) Read(string? since, string? severity, string? service, DateTimeOffset now)
    {
        var text = since?.Trim() ?? "";
        if (text.Length == 0) return (new ReportQuery(now - DefaultSpan, now, "last 30d", severity, service), null);
        if (ReportMonth.TryParse(text, out var month))
            return month.Start > now
                ? (null, $"{month} has not begun yet; name a month up to {ReportMonth.Of(now)}, or a span like 30d.")
                : (new ReportQuery(month.Start, month.End, month.ToString(), severity, service), null);
        if (DurationText.TryParse(text, out var span) && span > TimeSpan.Zero)
            return (new ReportQuery(now - span, now, $"last {text}", severity, service), null);
        return (null, $"'{text}' is not a period; write --since 30d, --since 90d or --since {ReportMonth.Of(now)} (a month).");
    }

    public bool Matches(Incident incident) =>
        (Severity is null || string.Equals(incident.SeverityKey, Severity, StringComparison.OrdinalIgnoreCase))
        && (Service is null || ServiceNames.Names(incident.AffectedServices, Service));

    /// <summary>The query with its severity written as the runbook's key; throws when the runbook has no such severity.</summary>
    public ReportQuery WithKnownSeverity(Runbook runbook) => Severity is null ? this
        : this with { Severity = (runbook.FindSeverity(Severity) ?? throw new IncidentRuleException(runbook.UnknownSeverity(Severity))).Key };

    public string Describe() =>
        $"{Period} ({Clock.Format(From)} to {Clock.Format(To)}){(Severity is null ? "" : $", severity {Severity}")}{(Service is null ? "" : $", service {Service}")}";

    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
