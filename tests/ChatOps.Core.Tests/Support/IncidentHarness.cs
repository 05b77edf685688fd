using ChatOps.Tests.Shared;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Tests.Support;

/// <summary>An <see cref="IncidentEngine"/> over in-memory fakes and a manual clock, with one-line helpers.</summary>
internal sealed class IncidentHarness
{
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public const string BotActor = IncidentEngine.BotName;

    public IncidentHarness(Runbook? runbook = null)
    {
        Runbook = runbook ?? TestRunbooks.Default;
    }

    public Runbook Runbook { get; }
    public FakeTimeProvider Clock { get; } = new(Start);
    public InMemoryIncidentStore Store { get; } = new();
    public RecordingChatPlatform Chat { get; } = new();
    public RecordingArchive Archive { get; } = new();
    public InMemoryAuditLog Audit { get; } = new();
    public RecordingEvents Events { get; } = new();
    public RecordingPager Pager { get; } = new();
    public RecordingMailer Mailer { get; } = new();

    /// <summary>Where the engine asks for probe runs; null makes it a host that runs none (the shell).</summary>
    public RecordingProbeRequests? ProbeRequests { get; set; } = new();

    public InMemoryAlertLedger Alerts { get; } = new();
    public InMemoryDrillLog DrillLog { get; } = new();
    public InMemoryMaintenanceCalendar Maintenance { get; } = new();

    /// <summary>A fresh service per call, as the host makes one per unit of work.</summary>
    public IncidentEngine Engine => new(Runbook, Store, Chat, Archive, Audit, events: Events, probes: ProbeRequests, pager: Pager, alerts: Alerts, drills: DrillLog, mailer: Mailer, maintenance: Maintenance);

    public EngineDriver Service => new(Engine, Clock);

    public Task<CommandReply> RunAsync(string actor, string channelId, string text) =>
        Service.RunAsync(new CommandContext(actor, channelId), text);

    /// <summary>Runs a command in the incident's own channel.</summary>
    public Task<CommandReply> RunInAsync(Incident incident, string actor, string text) =>
        RunAsync(actor, incident.ChannelId, text);

    /// <summary>Runs a command in the incident's own channel that must not be refused (for seeding a history).</summary>
    public async Task RunOkInAsync(Incident incident, string actor, string text)
    {
        var reply = await RunInAsync(incident, actor, text);
        Assert.False(reply.IsError, $"{text}: {reply.Text}");
    }

    /// <summary>
    /// People who join an incident's channel as soon as it opens, as teammates do on Slack (where joining makes them
    /// participants). Access tests act as <see cref="Outsider"/>, who never joins.
    /// </summary>
    public static readonly string[] Responders = ["bob", "carol"];

    public const string Outsider = "mallory";

    public async Task<Incident> DeclareAsync(string severity = "P0", string title = "Checkout is down", string actor = "alice")
    {
        var reply = await RunAsync(actor, "general", $"/incident declare {severity} {title}");
        Assert.False(reply.IsError, reply.Text);
        var incident = Store.Incidents.Single(i => i.ChannelId == reply.Channel);
        foreach (var responder in Responders) incident.AddParticipant(responder);
        return incident;
    }

    /// <summary>Declares seed 000's scenario 3 as the default runbook's private data-leak kind, with its 72-hour clock.</summary>
    public async Task<Incident> DeclareDataLeakAsync()
    {
        var reply = await RunAsync("alice", "general", "/incident declare P1 --kind data-leak Tenant B rows visible to tenant A");
        Assert.False(reply.IsError, reply.Text);
        return Store.Incidents.Single(i => i.ChannelId == reply.Channel);
    }

    public Task<int> FireDueAsync() => Service.FireDueAsync();

    public IReadOnlyList<ScheduledReminder> ScheduleOf(Incident incident) => Store.ScheduleOf(incident.Id);

    public ScheduledReminder? Scheduled(Incident incident, ReminderKind kind) =>
        ScheduleOf(incident).SingleOrDefault(r => r.Kind == kind);
}
