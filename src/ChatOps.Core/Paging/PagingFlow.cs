using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Paging;

/// <summary>
/// Who is woken and when: pagers named in <c>page:</c> are triggered at declaration, when the severity is raised, when
/// an escalation tier fires, and by hand; acknowledging the incident acknowledges its pages, resolving it resolves
/// them. Each page is recorded on the incident and handed to <see cref="IPager"/> inside the unit of work. Callers save.
/// </summary>
public static class PagingFlow
{
    /// <summary>
    /// The one place that decides whether an incident may wake anyone: an open one that is not a drill. Acknowledging and
    /// resolving follow from what was triggered, so they need no check of their own.
    /// </summary>
    public static bool MayPage(Incident incident) => incident.IsActive && !incident.IsDrill;

    /// <summary>
    /// Triggers each named pager not already paged for this step; posts who was paged. Returns the pages sent (none
    /// when the incident may not page or everyone named was already paged for the step).
    /// </summary>
    public static async Task<IReadOnlyList<PageRecord>> TriggerAsync(
        EngineCall call, Incident incident, IEnumerable<Pager> pagers, string tier, string reason, string actor, CancellationToken ct)
    {
        if (!MayPage(incident)) return [];
        var severity = call.Runbook.FindSeverity(incident.SeverityKey);
        var sent = new List<(PageRecord Page, Pager Pager)>();
        foreach (var pager in pagers.DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (incident.RecordPage(actor, pager, tier, reason, call.Now) is not { } page) continue;
            await call.Pager.PageAsync(Request(call, incident, pager, page, PageAction.Trigger), ct);
            sent.Add((page, pager));
        }
        if (sent.Count > 0)
            await call.PostAsync(incident, $"Paged {string.Join(", ", sent.Select(s => s.Pager.Describe()))} for {incident.Number} ({severity?.Key ?? incident.SeverityKey}): {reason}.", ct: ct);
        return sent.Select(s => s.Page).ToList();
    }

    /// <summary>The pagers a <c>page:</c> list names (the runbook loader checked that each exists).</summary>
    public static IReadOnlyList<Pager> Named(Runbook runbook, IEnumerable<string> names) =>
        names.Select(runbook.FindPager).OfType<Pager>().ToList();

    /// <summary>Tells each service that paged for the incident that someone owns it now.</summary>
    public static Task AcknowledgeAsync(EngineCall call, Incident incident, CancellationToken ct) =>
        SendAsync(call, incident, incident.AcknowledgePages(call.Actor, call.Now), PageAction.Acknowledge, "acknowledged in chat", ct);

    /// <summary>
    /// When this unit of work acknowledged the incident some other way than <c>/incident ack</c> (someone working it:
    /// an update, a triage answer, taking a role), its pages are acknowledged too: nobody's phone keeps ringing for an
    /// incident a person is plainly on. (An explicit acknowledgement has already done so.)
    /// </summary>
    public static Task FollowAcknowledgementAsync(EngineCall call, Incident incident, CancellationToken ct) =>
        incident.AcknowledgedAt == call.Now && incident.Pages.Any(p => p.AcknowledgedAt is null && p.ResolvedAt is null)
            ? AcknowledgeAsync(call, incident, ct)
            : Task.CompletedTask;

    /// <summary>Tells each service that paged for the incident that it is over.</summary>
    public static Task ResolveAsync(EngineCall call, Incident incident, CancellationToken ct) =>
        SendAsync(call, incident, incident.ResolvePages(call.Actor, call.Now), PageAction.Resolve, "resolved in chat", ct);

    private static async Task SendAsync(EngineCall call, Incident incident, IReadOnlyList<PageRecord> pages, PageAction action, string reason, CancellationToken ct)
    {
        foreach (var page in pages)
        {
            // A pager the runbook no longer lists is still told, as it was paged: with what the page recorded.
            var pager = call.Runbook.FindPager(page.Pager) ?? new Pager(page.Pager, page.Service, null, []);
            await call.Pager.PageAsync(Request(call, incident, pager, page, action) with { Reason = reason }, ct);
        }
    }

    private static PageRequest Request(EngineCall call, Incident incident, Pager pager, PageRecord page, PageAction action)
    {
        var rank = call.Runbook.Severities.ToList().FindIndex(s => string.Equals(s.Key, incident.SeverityKey, StringComparison.OrdinalIgnoreCase));
        return new PageRequest(pager, action, page.DedupKey, $"{incident.Number} {incident.SeverityKey} {incident.Title}", incident.SeverityKey,
            rank < 0 ? call.Runbook.Severities.Count : rank, incident.Number, incident.ChannelId, page.Reason, call.Actor);
    }
}
