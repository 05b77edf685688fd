using ChatOps.Bot.Engine;
using ChatOps.Core.Engine;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Signals;
using ChatOps.Bot.Host;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Runbooks;
using ChatOps.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Support;

/// <summary>
/// The real bot host on a loopback port, on a SQLite file in a temp folder, with a manual clock; platform hosts
/// (Slack, Teams) add their settings and their way of sending requests.
/// </summary>
public class LoopbackBotHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    protected LoopbackBotHost(LoopbackBotHost started)
        : this(started._app, started.Folder, started.Time, started.Client)
    {
    }

    private LoopbackBotHost(WebApplication app, string folder, FakeTimeProvider time, HttpClient client)
    {
        _app = app;
        Folder = folder;
        Time = time;
        Client = client;
    }

    public string Folder { get; }
    public FakeTimeProvider Time { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public string PostMortemFolder => Path.Combine(Folder, "postmortems");

    /// <summary>Starts the host with the database and post-mortems in <paramref name="folder"/> (a new temp folder by default) plus <paramref name="settings"/>, on the embedded runbook unless given one.</summary>
    public static async Task<LoopbackBotHost> StartAsync(IReadOnlyDictionary<string, string?> settings, string? folder = null, FakeTimeProvider? time = null, string prefix = "chatops-", Core.Runbooks.Runbook? runbook = null)
    {
        folder ??= Directory.CreateTempSubdirectory(prefix).FullName;
        time ??= new FakeTimeProvider(Start);
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatOps"] = $"Data Source={Path.Combine(folder, "chatops.db")};Pooling=False",
            ["PostMortems:Directory"] = Path.Combine(folder, "postmortems"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings) all[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        // The runbook a test passes, else the one named by Runbook:Path (a test's own, e.g. one that pages), else the embedded default.
        if (runbook is null)
        {
            var loaded = RunbookSource.Load(configuration);
            runbook = loaded.Runbook ?? throw new InvalidOperationException("The test runbook does not load: " + string.Join("; ", loaded.Errors));
        }
        var app = BotHost.Build(["--urls", "http://127.0.0.1:0"], configuration, runbook, time);
        await DatabaseSetup.MigrateAsync(app.Services);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        return new LoopbackBotHost(app, folder, time, client);
    }

    /// <summary>
    /// Moves the clock on while holding the engine gate: the reminder worker's timer fires during the move, and the
    /// round it starts waits for the gate, so it fires reminders only once the clock has arrived.
    /// </summary>
    public Task AdvanceAsync(TimeSpan step) =>
        Services.GetRequiredService<EngineGate>().RunAsync(() =>
        {
            Time.Advance(step);
            return Task.FromResult(true);
        });

    /// <summary>Fires due reminders now, as the reminder worker does every second.</summary>
    public Task<int> FireDueAsync()
    {
        var work = UnitOfWork.ForBot("", Time.GetUtcNow());
        return Services.WithEngineAsync(work, engine => engine.FireDueAsync(work));
    }

    /// <summary>
    /// Waits until the inbox worker has carried out every stored intent and the outbox worker has delivered every
    /// effect that is due now (effects waiting for a retry stay queued).
    /// </summary>
    public async Task InboxIdleAsync()
    {
        // An intent is marked done when its unit of work commits, before its reply has gone out: wait for the inbox
        // worker to finish the pass it is in (the reply is part of it) before looking at the database.
        var pass = Services.GetRequiredService<InboxSignal>().NextIdle;
        Services.GetRequiredService<InboxSignal>().Wake();
        await pass.WaitAsync(TimeSpan.FromSeconds(15));
        await WaitIdleAsync(Services.GetRequiredService<InboxSignal>(), async sp => await sp.GetRequiredService<Inbox>().AnyPendingAsync(CancellationToken.None), "inbox");
        await WaitIdleAsync(Services.GetRequiredService<OutboxSignal>(), OutboxBusyAsync, "outbox");
        // Refusals answered after the acknowledgement (a refused Slack button press) go out on their own.
        if (Services.GetService<ChatOps.Bot.Slack.SlackLateReplies>() is { } late) await late.IdleAsync().WaitAsync(TimeSpan.FromSeconds(15));
    }

    /// <summary>
    /// <see cref="InboxIdleAsync"/>, then one whole pass of each worker that starts after it, so bookkeeping that
    /// follows the work (an intent's attempt count, say) is written too: for tests that compare the database before
    /// and after.
    /// </summary>
    public async Task SettledAsync()
    {
        await InboxIdleAsync();
        foreach (var signal in new WorkSignal[] { Services.GetRequiredService<InboxSignal>(), Services.GetRequiredService<OutboxSignal>() })
        {
            var idle = signal.NextIdle;
            signal.Wake();
            await idle.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }

    /// <summary>
    /// An effect is being delivered, or heads its queue and is due (what the outbox worker would take next; see
    /// <see cref="OutboxStore.ReadyHeadsAsync"/>). One query: asked in two, a delivery that ends in between would leave
    /// the next effect of its queue due and unseen.
    /// </summary>
    private async Task<bool> OutboxBusyAsync(IServiceProvider services)
    {
        var now = Time.GetUtcNow();
        var db = services.GetRequiredService<ChatOpsDbContext>();
        return await db.Outbox().AnyAsync(e => e.Status == EffectStatus.Pending && (e.ClaimedBy != null
            || (e.NextAttemptAt <= now && e.Id == db.Outbox().Where(x => x.Queue == e.Queue && x.Status == EffectStatus.Pending).Min(x => x.Id))));
    }

    private async Task WaitIdleAsync(WorkSignal signal, Func<IServiceProvider, Task<bool>> busy, string what)
    {
        for (var round = 0; round < 100; round++)
        {
            var idle = signal.NextIdle;
            await using (var scope = Services.CreateAsyncScope())
                if (!await busy(scope.ServiceProvider)) return;
            signal.Wake();
            await idle.WaitAsync(TimeSpan.FromSeconds(15));
        }
        await using var dump = Services.CreateAsyncScope();
        var rows = await dump.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Outbox().AsNoTracking().ToListAsync();
        throw new TimeoutException($"The {what} never emptied. Outbox at {Time.GetUtcNow():O}:\n" + string.Join("\n", rows.Select(r => $"{r.Id} {r.Queue} {r.Kind} {r.Status} attempts={r.Attempts} next={r.NextAttemptAt:O} claim={r.ClaimedBy}/{r.ClaimedUntil:O} {r.LastError}")));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        GC.SuppressFinalize(this);
    }
}
