using ChatOps.Core.Incidents;
using ChatOps.Core.StatusPage;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>The JSON shapes of the dashboard's API: a list row, and a whole incident as its page shows it.</summary>
public static class IncidentJson
{
    public static object Row(IncidentRow row) => new
    {
        number = row.Number, title = row.Title, severity = row.SeverityKey, status = Status(row.Status), kind = row.Kind,
        services = row.AffectedServices, declaredAt = row.DeclaredAt, resolvedAt = row.ResolvedAt, commander = row.Commander, @private = row.Private,
    };

    public static object Whole(Incident i, DateTimeOffset now) => new
    {
        number = i.Number, title = i.Title, severity = i.SeverityKey, status = Status(i.Status), kind = i.Kind, @private = i.Private,
        impact = i.Impact, services = i.AffectedServices, description = i.Description, summary = i.Summary, channel = i.ChannelName,
        declaredAt = i.DeclaredAt, declaredBy = i.DeclaredBy, acknowledgedAt = i.AcknowledgedAt, acknowledgedBy = i.AcknowledgedBy,
        mitigatedAt = i.MitigatedAt, resolvedAt = i.ResolvedAt, closedAt = i.ClosedAt,
        roles = new { commander = i.Commander, comms = i.Comms, scribe = i.Scribe }, participants = i.Participants,
        deadlines = i.Deadlines.Select(d => new { key = d.Key, name = d.Name, dueAt = d.DueAt, stoppedAt = d.StoppedAt, overdue = d.IsRunning && d.DueAt <= now }),
        triage = i.TriageAnswers.Select(t => new { at = t.At, actor = t.Actor, question = t.Question, answer = t.Answer }),
        probes = i.Probes.Select(p => new { name = p.Name, passed = p.Passed, statusCode = p.StatusCode, failure = p.Failure, elapsedMs = p.ElapsedMs, at = p.At }),
        escalations = i.Escalations.Select(e => new { at = e.At, actor = e.Actor, tier = e.Tier, tierName = e.TierName, people = e.People, reason = e.Reason, automatic = e.Automatic }),
        pages = i.Pages.Select(p => new { at = p.At, actor = p.Actor, pager = p.Pager, tier = p.Tier, reason = p.Reason, acknowledgedAt = p.AcknowledgedAt, resolvedAt = p.ResolvedAt }),
        timeline = i.Timeline.Select(t => new { at = t.At, actor = t.Actor, kind = t.Kind, text = t.Text }),
        actions = i.Actions.Select(a => new { number = a.Number, text = a.Text, owner = a.Owner, dueAt = a.DueAt, doneAt = a.DoneAt, doneBy = a.DoneBy, overdue = a.IsOverdue(now) }),
        statusPage = new { publicTitle = i.PublicTitle, publicId = i.PublicId, updates = i.PublicUpdates.Select(u => new { at = u.At, actor = u.Actor, status = StatusWords.Of(u.Status), text = u.Text }) },
    };

    private static string Status(IncidentStatus status) => status.ToString().ToLowerInvariant();
}
