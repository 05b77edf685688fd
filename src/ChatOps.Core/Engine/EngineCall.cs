using ChatOps.Core.Access;
using ChatOps.Core.Audit;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Engine;

/// <summary>
/// What a handler has to hand while the engine carries out one unit of work: the unit of work itself, the runbook,
/// the ports, its audit entry, and the steps every command repeats (save and refresh the card, post, check access).
/// Made by <see cref="IncidentEngine"/> for each call; never shared between calls.
/// </summary>
public sealed class EngineCall(
    UnitOfWork work,
    AuditEntry entry,
    Runbook runbook,
    IIncidentStore store,
    IChatPlatform chat,
    IPostMortemArchive archive,
    IAuditLog audit,
    IDeliveryReport? delivery,
    IIncidentEvents events,
    IPeopleDirectory? people = null,
    IProbeRequests? probes = null,
    IPager? pager = null,
    IAlertLedger? alerts = null,
    IDrillLog? drills = null,
    IIncidentHistory? history = null,
    IStatusPageSync? statusPageSync = null,
    IMailer? mailer = null,
    IMaintenanceCalendar? maintenance = null)
{
    public UnitOfWork Work { get; } = work;
    public AuditEntry Entry { get; } = entry;
    public Runbook Runbook { get; } = runbook;
    public IIncidentStore Store { get; } = store;
    public IChatPlatform Chat { get; } = chat;
    public IPostMortemArchive Archive { get; } = archive;
    public IAuditLog AuditLog { get; } = audit;
    public IDeliveryReport? Delivery { get; } = delivery;
    public IPeopleDirectory People { get; } = people ?? NoPeopleDirectory.Instance;

    /// <summary>Where a command asks the host to run health probes (after this unit of work commits).</summary>
    public IProbeRequests ProbeRequests { get; } = probes ?? NoProbeRequests.Instance;

    /// <summary>Where pages go (see <see cref="Paging.PagingFlow"/>).</summary>
    public IPager Pager { get; } = pager ?? NoPager.Instance;

    /// <summary>Where status page publications go besides the bot's own page (see <see cref="StatusPage.StatusPageFlow"/>).</summary>
    public IStatusPageSync StatusPageSync { get; } = statusPageSync ?? NoStatusPageSync.Instance;
    /// <summary>Where email goes (see <see cref="Communications.NotifyFlow"/>).</summary>
    public IMailer Mailer { get; } = mailer ?? NoMailer.Instance;

    /// <summary>Which incidents alerts belong to, and the suggestions posted for them; only hosts that take alerts have one.</summary>
    public IAlertLedger Alerts => alerts ?? throw new InvalidOperationException("This host keeps no alert ledger, so it cannot take alerts.");

    /// <summary>The drill log and schedules; only hosts with a database keep one.</summary>
    public IDrillLog DrillLog => drills ?? throw new InvalidOperationException("This host keeps no drill log.");
    /// <summary>Scheduled maintenance for the status page; only hosts with a database keep it.</summary>
    public IMaintenanceCalendar Maintenance => maintenance ?? throw new Incidents.IncidentRuleException("This host keeps no maintenance calendar, so maintenance cannot be scheduled here.");
    /// <summary>Past incidents for reports, service credits and follow-ups (the store's full list when the host has no query of its own).</summary>
    public IIncidentHistory History { get; } = history ?? new Learning.StoreHistory(store);

    public string Actor => Work.Actor;

    /// <summary>Tells what just happened to <paramref name="incident"/> (see <see cref="IncidentEvent"/>), as <paramref name="actor"/> (default: who acts).</summary>
    public void Raise(string name, Incident incident, string? detail = null, string? actor = null) =>
        Publish(new IncidentEvent(name, incident.Number, incident.SeverityKey, actor ?? Actor, Work.Platform, Now, detail, Drill: incident.IsDrill));

    public void Publish(IncidentEvent happened) => events.Publish(happened);

    public DateTimeOffset Now => Work.At;

    /// <summary>Names the incident on the audit entry and refuses, changing nothing, when the runbook does not allow the action.</summary>
    public void Authorise(IncidentAction action, Incident? incident)
    {
        if (incident is not null) Entry.About(incident.Number);
        if (AccessCheck.Refusal(Runbook.Access, action, Work.Context, incident) is { } refusal) throw new AccessDeniedException(refusal);
    }

    /// <summary>Refuses anyone outside a private incident; everyone else may look.</summary>
    public void RequireVisible(Incident incident)
    {
        Entry.About(incident.Number);
        if (AccessCheck.PrivacyRefusal(Runbook.Access, Work.Context, incident) is { } refusal) throw new AccessDeniedException(refusal);
    }

    public Severity SeverityOf(Incident incident) =>
        Runbook.FindSeverity(incident.SeverityKey)
        ?? throw new IncidentRuleException($"{incident.Number} has severity {incident.SeverityKey}, which this runbook no longer defines; set one of {Runbook.SeverityKeys} with /incident sev <SEV>.");

    public Severity RequireSeverity(string key) =>
        Runbook.FindSeverity(key) ?? throw new IncidentRuleException(Runbook.UnknownSeverity(key));

    /// <summary>Saves the incident with its reminders re-planned, without touching its card (it did not change).</summary>
    public Task SaveQuietlyAsync(Incident incident, CancellationToken ct) =>
        Store.SaveAsync(incident, ReminderPlanner.Plan(incident, Runbook), ct);

    /// <summary>
    /// Saves the incident with a fresh reminder plan, refreshes its pinned card, and once it has a post-mortem keeps the
    /// file's facts current (never over a person's edits). Returns the post-mortem as written, if it has one.
    /// </summary>
    public async Task<KeptPostMortem?> SaveAsync(Incident incident, CancellationToken ct)
    {
        await Paging.PagingFlow.FollowAcknowledgementAsync(this, incident, ct);
        await Drills.DrillFlow.PostDueInjectsAsync(this, incident, ct);
        await SaveQuietlyAsync(incident, ct);
        if (incident.CardMessageId is { } card)
            await Chat.UpdateAsync(incident.ChannelId, card, Drills.DrillRules.Message(incident, new ChatMessage($"{incident.Number}: {incident.Title}", IncidentCards.Incident(incident, Runbook, Now))), ct);
        if (incident.PostMortemFile is not { } file) return null;
        var content = await RenderPostMortemAsync(incident, ct);
        return new KeptPostMortem(await Archive.UpdateAsync(file, content, ct), content);
    }

    /// <summary>The post-mortem as it stands now, with people by name.</summary>
    public async Task<string> RenderPostMortemAsync(Incident incident, CancellationToken ct) =>
        PostMortems.PostMortemRenderer.Render(incident, Runbook, Now, await PostMortems.PostMortemPeople.FindAsync(People, incident, ct),
            Runbook.Sla.Count == 0 ? null : await Learning.ServiceCredits.ForPostMortemAsync(History, Runbook, incident, Now, ct));

    public Task<string> PostAsync(Incident incident, string text, IReadOnlyList<string>? mentions = null, CancellationToken ct = default) =>
        Chat.PostAsync(incident.ChannelId, Drills.DrillRules.Message(incident, new ChatMessage(text, null, mentions)), ct);

    /// <summary>Posts a card; its title doubles as the notification text platforms show.</summary>
    public Task<string> PostCardAsync(Incident incident, Card card, IReadOnlyList<string>? mentions = null, CancellationToken ct = default) =>
        Chat.PostAsync(incident.ChannelId, Drills.DrillRules.Message(incident, new ChatMessage(card.Title, card, mentions)), ct);

    /// <summary>The values a runbook template may name: <c>{number}</c>, <c>{title}</c>, <c>{next_update}</c>, ...</summary>
    public Dictionary<string, string> TemplateValues(Incident incident, string message)
    {
        var severity = Runbook.FindSeverity(incident.SeverityKey);
        return new Dictionary<string, string>
        {
            ["number"] = incident.Number,
            ["title"] = incident.Title,
            ["severity"] = incident.SeverityKey,
            ["severity_name"] = severity?.Name ?? incident.SeverityKey,
            ["status"] = incident.Status.ToString(),
            ["duration"] = PostMortems.Durations.Humanised((incident.ResolvedAt ?? Now) - incident.Began),
            ["impact"] = Or(incident.Impact, "Being assessed"),
            ["services"] = Or(incident.AffectedServices, "Being assessed"),
            ["message"] = message,
            ["next_update"] = incident.IsActive && severity is not null ? Clock.Format(ReminderPlanner.NextUpdateDue(incident, severity)) : "none (resolved)",
            ["commander"] = incident.Commander,
            ["started"] = Clock.Format(incident.Began),
            ["resolved_at"] = incident.ResolvedAt is { } at ? Clock.Format(at) : "",
            ["summary"] = Or(incident.Summary ?? "", "To be determined in the post-mortem"),
            ["channel"] = "#" + incident.ChannelName,
        };
    }

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;
}
