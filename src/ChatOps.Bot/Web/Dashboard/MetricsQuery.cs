using ChatOps.Core.Incidents;
using ChatOps.Core.Learning;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// What the metrics page and <c>/dashboard/api/report</c> read from the query string: <c>since</c> (30d, 90d or a
/// month, as <see cref="ReportQuery"/> reads it), <c>severity</c>, <c>service</c> and, for the charts, <c>by</c>
/// (week or month). Anything it cannot read is an error saying what to write instead.
/// </summary>
public sealed record MetricsQuery(string? Since, string? Severity, string? Service, ReportBucket By)
{
    private static readonly string[] Known = ["since", "severity", "service", "by"];

    public static (MetricsQuery? Query, string? Error) Read(IQueryCollection query, bool charts)
    {
        var known = charts ? Known : Known[..3];
        if (query.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.Ordinal)) is { } unknown)
            return (null, $"Unknown parameter '{unknown}'; use {string.Join(", ", known)}.");
        if (query.Any(q => q.Value.Count > 1)) return (null, "Give each parameter once.");
        string? Value(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;
        if (!ReportPeriod.TryParseBucket(Value("by"), out var by))
            return (null, $"'{Value("by")}' is not a period to chart by; write by=week or by=month.");
        return (new MetricsQuery(Value("since"), Value("severity"), Value("service"), by), null);
    }

    /// <summary>
    /// The report's query and the incidents it selects that <paramref name="user"/> may see (a private incident only
    /// for its participants and admins, as everywhere in the dashboard), or the reason the query cannot be read.
    /// </summary>
    public async Task<(ReportQuery? Query, IReadOnlyList<Incident> Visible, string? Error)> SelectAsync(
        DashboardEngine engine, Runbook runbook, DashboardUser user, DateTimeOffset now, string defaultSince, CancellationToken ct)
    {
        var (query, error) = ReportQuery.Read(Since ?? defaultSince, Severity, Service, now);
        if (query is null) return (null, [], error);
        try
        {
            await using var scope = engine.Services.CreateAsyncScope();
            var (known, selected) = await IncidentReport.SelectAsync(scope.ServiceProvider.GetRequiredService<IIncidentHistory>(), runbook, query, ct);
            return (known, selected.Where(i => Core.Access.AccessCheck.CanSee(runbook.Access, user.Context(i.ChannelId), i)).ToList(), null);
        }
        catch (IncidentRuleException rule)
        {
            return (null, [], rule.Message);
        }
    }
}
