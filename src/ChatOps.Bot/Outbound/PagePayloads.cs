using ChatOps.Bot.Paging.Opsgenie;
using ChatOps.Bot.Paging.PagerDuty;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// What a trigger says at each service: the summary (incident number first), the runbook's severity on the service's
/// scale (the runbook's most severe is PagerDuty <c>critical</c> and Opsgenie <c>P1</c>, the next <c>error</c>/<c>P2</c>,
/// then <c>warning</c>/<c>P3</c>, the rest <c>info</c>/<c>P4</c>), and the incident's details.
/// </summary>
public static class PagePayloads
{
    public const string Source = "ChatOps";

    public static PagerDutyPayload PagerDuty(PageRequest page, DateTimeOffset now) =>
        new(page.Summary, Source, page.SeverityRank switch
        {
            0 => PagerDutySeverity.Critical,
            1 => PagerDutySeverity.Error,
            2 => PagerDutySeverity.Warning,
            _ => PagerDutySeverity.Info,
        })
        {
            Timestamp = now,
            Group = page.IncidentNumber,
            Class = page.Severity,
            CustomDetails = Details(page),
        };

    public static OpsgenieAlert Opsgenie(PageRequest page) =>
        new(page.Summary, page.DedupKey)
        {
            Description = $"{page.Summary}\nReason: {page.Reason}\nPaged by {page.Actor} through {Source}.",
            Responders = page.Pager.Responders.Select(r => r.Type switch
            {
                "user" => OpsgenieResponder.User(r.Name),
                _ => new OpsgenieResponder(r.Type, Name: r.Name),
            }).ToList(),
            Priority = page.SeverityRank switch
            {
                0 => OpsgeniePriority.P1,
                1 => OpsgeniePriority.P2,
                2 => OpsgeniePriority.P3,
                _ => OpsgeniePriority.P4,
            },
            Tags = ["chatops", page.Severity],
            Details = Details(page),
            Source = Source,
            Entity = page.IncidentNumber,
            User = page.Actor,
            Note = page.Reason,
        };

    private static Dictionary<string, string> Details(PageRequest page) => new()
    {
        ["incident"] = page.IncidentNumber,
        ["severity"] = page.Severity,
        ["reason"] = page.Reason,
        ["paged_by"] = page.Actor,
    };
}
