using ChatOps.Bot.Persistence;
using ChatOps.Core.Access;
using ChatOps.Core.Incidents;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>One line of the incidents list: only the columns it shows are read.</summary>
public sealed record IncidentRow(
    string Number, string Title, string SeverityKey, IncidentStatus Status, string? Kind, string AffectedServices,
    DateTimeOffset DeclaredAt, DateTimeOffset? ResolvedAt, string Commander, bool Private);

/// <summary>A page of the list and how many incidents the filter matched in all.</summary>
public sealed record IncidentPage(IReadOnlyList<IncidentRow> Rows, int Total, bool HasMore);

/// <summary>
/// The incidents list, filtered, ordered and paged by the database (fast with tens of thousands of incidents). Private
/// incidents come only to their participants and admins: the private ones this person takes part in are found first
/// (few), and every other private one is left out by the query itself.
/// </summary>
public sealed class IncidentQuery(ChatOpsDbContext db)
{
    public async Task<IncidentPage> ListAsync(IncidentFilter filter, DashboardUser user, AccessPolicy access, CancellationToken ct)
    {
        var incidents = Visible(await VisiblePrivateAsync(user, access, ct));
        incidents = incidents.Where(filter.Drills ? IncidentListing.IsDrill : IncidentListing.IsReal);
        if (filter.Severity is { } severity) incidents = incidents.Where(i => i.SeverityKey.ToLower() == severity.ToLower());
        if (filter.Kind is { } kind) incidents = incidents.Where(i => i.Kind != null && i.Kind.ToLower() == kind.ToLower());
        if (filter.Service is { } service) incidents = incidents.Where(i => i.AffectedServices.ToLower().Contains(service.ToLower()));
        incidents = filter.Status switch
        {
            null => incidents,
            "open" => incidents.Where(i => i.Status != IncidentStatus.Resolved && i.Status != IncidentStatus.Closed),
            "past" => incidents.Where(i => i.Status == IncidentStatus.Resolved || i.Status == IncidentStatus.Closed),
            var named => Enum.Parse<IncidentStatus>(named, true) is var status ? incidents.Where(i => i.Status == status) : incidents,
        };
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            incidents = incidents.Where(i => i.DeclaredAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            incidents = incidents.Where(i => i.DeclaredAt < end);
        }
        if (filter.Text is { } text)
        {
            var t = text.ToLower();
            incidents = incidents.Where(i => i.Number.ToLower().Contains(t) || i.Title.ToLower().Contains(t)
                || i.Description.ToLower().Contains(t) || i.Impact.ToLower().Contains(t) || i.AffectedServices.ToLower().Contains(t));
        }
        var total = await incidents.CountAsync(ct);
        var rows = await incidents
            .OrderByDescending(i => i.DeclaredAt).ThenByDescending(i => i.Number)
            .Skip((filter.Page - 1) * IncidentFilter.PageSize).Take(IncidentFilter.PageSize + 1)
            .Select(i => new IncidentRow(i.Number, i.Title, i.SeverityKey, i.Status, i.Kind, i.AffectedServices, i.DeclaredAt, i.ResolvedAt, i.Commander, i.Private))
            .ToListAsync(ct);
        return new IncidentPage(rows.Take(IncidentFilter.PageSize).ToList(), total, rows.Count > IncidentFilter.PageSize);
    }

    /// <summary>The whole incident, or null when there is none by that number or this person may not see it.</summary>
    public async Task<Incident?> FindVisibleAsync(string number, DashboardUser user, AccessPolicy access, CancellationToken ct)
    {
        var incident = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Number == number.ToUpper(), ct);
        return incident is not null && AccessCheck.CanSee(access, user.Context(incident.ChannelId), incident) ? incident : null;
    }

    /// <summary>The incident's stored version, which every save bumps (null when there is none): the live view's cue to refresh.</summary>
    public Task<long> VersionAsync(string number, CancellationToken ct) =>
        db.Incidents.Where(i => i.Number == number).Select(i => EF.Property<long>(i, EfIncidentStore.Version)).FirstOrDefaultAsync(ct);

    private IQueryable<Incident> Visible(IReadOnlyList<Guid>? privateIds) =>
        privateIds is null ? db.Incidents.AsNoTracking() : db.Incidents.AsNoTracking().Where(i => !i.Private || privateIds.Contains(i.Id));

    /// <summary>Null for an admin (every incident); else the private incidents this person takes part in.</summary>
    private async Task<IReadOnlyList<Guid>?> VisiblePrivateAsync(DashboardUser user, AccessPolicy access, CancellationToken ct)
    {
        if (user.IsAdmin(access)) return null;
        var candidates = await db.Incidents.AsNoTracking().Where(i => i.Private)
            .Select(i => new { i.Id, Participants = EF.Property<List<string>>(i, "_participants") }).ToListAsync(ct);
        return candidates.Where(c => c.Participants.Any(p => user.Names.Any(n => People.Same(p, n)))).Select(c => c.Id).ToList();
    }
}
