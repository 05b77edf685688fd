using ChatOps.Bot.Workers;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Signals;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Persistence;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Bot.Tests.Replicas;

/// <summary>
/// Two real bot hosts, each with its own workers and fake clock, on one PostgreSQL database and one fake Slack.
/// The clocks are moved in step; waits are on conditions (worker rounds, idle inboxes and outboxes) with a timeout,
/// never sleeps.
/// </summary>
public sealed class TwoReplicas : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private TwoReplicas(FakeSlackServer slack, SlackBotHost a, SlackBotHost b)
    {
        Slack = slack;
        A = a;
        B = b;
    }

    public FakeSlackServer Slack { get; }
    public SlackBotHost A { get; }
    public SlackBotHost B { get; }
    public IEnumerable<SlackBotHost> Running => new[] { A, B }.Where(h => !Stopped.Contains(h));
    private HashSet<SlackBotHost> Stopped { get; } = [];

    /// <summary>Starts both at once on an empty database, so they also race to apply the migrations.</summary>
    public static async Task<TwoReplicas> StartAsync(PostgresFixture postgres)
    {
        var database = await postgres.NewDatabaseAsync();
        var slack = await SlackIncidentTest.StartWorkspaceAsync();
        var hosts = await Task.WhenAll(new[] { "replica-a", "replica-b" }.Select(name =>
        {
            var settings = SlackIncidentTest.BotSettings();
            foreach (var (key, value) in database) settings[key] = value;
            settings["Storage:ReplicaName"] = name;
            return SlackBotHost.StartAsync(slack.BaseUrl.ToString(), extra: settings);
        }));
        return new TwoReplicas(slack, hosts[0], hosts[1]);
    }

    /// <summary>
    /// Moves every running replica's clock by <paramref name="step"/> and waits until each reminder worker has ended
    /// the round that this starts; returns how many reminders each fired. That round is the only one: a
    /// <see cref="FakeTimeProvider"/> is at its new time before it fires a timer, so the round claims at the new time
    /// and its next wait is due after it. (A clock that fired each timer at the timer's own due time, as this suite's
    /// earlier one did, let a fast round plan its next wait from that time and be fired again within the same move; the
    /// extra round, still running when the next step took <see cref="ReminderWorker.NextRound"/>, answered that step
    /// with a claim made before the clock moved.)
    /// </summary>
    public async Task<int[]> RoundAsync(TimeSpan step)
    {
        var hosts = Running.ToList();
        var rounds = hosts.Select(h => Worker(h).NextRound).ToList();
        foreach (var host in hosts) host.Time.Advance(step);
        return await Task.WhenAll(rounds).WaitAsync(Wait);
    }

    /// <summary>
    /// Waits until every stored intent is carried out and every effect is delivered (the fake Slack has it), whichever
    /// replica does the work: after each time a worker goes idle, the database is asked whether anything is left.
    /// </summary>
    public async Task IdleAsync()
    {
        await IdleAsync(h => h.Services.GetRequiredService<InboxSignal>(), sp => sp.GetRequiredService<Inbox>().AnyPendingAsync(CancellationToken.None));
        await IdleAsync(h => h.Services.GetRequiredService<OutboxSignal>(), sp => sp.GetRequiredService<ChatOpsDbContext>().Outbox().AnyAsync(e => e.Status == EffectStatus.Pending));
    }

    private async Task IdleAsync(Func<SlackBotHost, WorkSignal> signalOf, Func<IServiceProvider, Task<bool>> busy)
    {
        using var timeout = new CancellationTokenSource(Wait);
        var signals = Running.Select(signalOf).ToList();
        while (true)
        {
            var idle = Task.WhenAny(signals.Select(s => s.NextIdle));
            await using (var scope = Running.First().Services.CreateAsyncScope())
                if (!await busy(scope.ServiceProvider)) return;
            await idle.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Stops a replica without finishing its work, as if its process died.</summary>
    public async Task KillAsync(SlackBotHost host)
    {
        Stopped.Add(host);
        await host.DisposeAsync();
    }

    public async Task<IReadOnlyList<Incident>> IncidentsAsync()
    {
        await using var scope = Running.First().Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IIncidentStore>().ListAsync(includeEnded: true, CancellationToken.None);
    }

    /// <summary>Messages the bot posted whose text contains <paramref name="text"/>, by channel.</summary>
    public ILookup<string, SlackCall> Posts(string text) =>
        Slack.Calls.Where(c => c.Method == "chat.postMessage" && (c.Arg("text") ?? "").Contains(text, StringComparison.Ordinal))
            .ToLookup(c => c.Arg("channel") ?? "");

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Running.ToList()) await host.DisposeAsync();
        await Slack.DisposeAsync();
    }

    private static ReminderWorker Worker(SlackBotHost host) => host.Services.GetServices<IHostedService>().OfType<ReminderWorker>().Single();
}
