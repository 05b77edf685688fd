using ChatOps.Bot.Engine;
using ChatOps.Bot.Probes;
using ChatOps.Bot.Runbooks;
using ChatOps.Bot.Workers;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Bot.Tests.Probes;

/// <summary>
/// The probe worker's periodic rounds on a manual clock, against a store that counts how often the open incidents are
/// read: a runbook without probes never reads them (at 100,000 open incidents one read costs seconds of CPU and a large
/// heap, every minute, for nothing); one with probes reads them every round.
/// </summary>
public sealed class ProbeRoundsTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Without_probes_the_rounds_never_read_the_open_incidents()
    {
        var lists = await RoundsAsync(ProbePolicy.None, rounds: 3);

        Assert.Equal(0, lists);
    }

    [Fact]
    public async Task With_probes_every_round_reads_the_open_incidents()
    {
        var probe = new Probe("api-health", new Uri("http://127.0.0.1:9/health"), "GET", 200, null, null, Probe.DefaultTimeout, new Dictionary<string, string>(), ["API"]);

        var lists = await RoundsAsync(new ProbePolicy([probe], ProbePolicy.DefaultEvery), rounds: 3);

        Assert.Equal(3, lists);
    }

    /// <summary>Runs the worker for <paramref name="rounds"/> periodic rounds; returns how often it listed the open incidents.</summary>
    private async Task<int> RoundsAsync(ProbePolicy probes, int rounds)
    {
        var store = new ListCountingStore();
        await using var services = new ServiceCollection().AddSingleton<IIncidentStore>(store).BuildServiceProvider();
        var runbook = RunbookSource.LoadEmbedded().Runbook! with { Probes = probes };
        using var runner = new ProbeRunner(_time);
        using var worker = new ProbeWorker(services, runbook, _time, new ProbeQueue(), runner, new ProbeHeaders(new ConfigurationBuilder().Build()), NullLogger<ProbeWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        await worker.Progress.WaitingAfter(0).WaitAsync(Wait);
        for (var round = 1; round <= rounds; round++)
        {
            _time.Advance(probes.Every);
            await worker.Progress.WaitingAfter(round).WaitAsync(Wait);
        }
        await worker.StopAsync(CancellationToken.None);
        return store.Lists;
    }

    /// <summary>No open incidents; counts the reads of them. The probe worker asks nothing else of the store in its rounds.</summary>
    private sealed class ListCountingStore : IIncidentStore
    {
        private int _lists;

        public int Lists => Volatile.Read(ref _lists);

        public Task<IReadOnlyList<Incident>> ListAsync(bool includeEnded, CancellationToken ct)
        {
            Interlocked.Increment(ref _lists);
            return Task.FromResult<IReadOnlyList<Incident>>([]);
        }

        public Task<Incident?> FindByNumberAsync(string number, CancellationToken ct) => Task.FromResult<Incident?>(null);

        public Task<int> NextSequenceAsync(int year, CancellationToken ct) => throw Unused();

        public Task<Incident?> FindByChannelAsync(string channelId, CancellationToken ct) => throw Unused();

        public Task<Incident?> FindAsync(Guid id, CancellationToken ct) => throw Unused();

        public Task SaveAsync(Incident incident, IReadOnlyList<ScheduledReminder> schedule, CancellationToken ct) => throw Unused();

        public Task<IReadOnlyList<Guid>> ClaimIncidentsWithDueRemindersAsync(DateTimeOffset now, int max, CancellationToken ct) => throw Unused();

        public Task<IReadOnlyList<ScheduledReminder>> DueRemindersAsync(Guid incidentId, DateTimeOffset now, CancellationToken ct) => throw Unused();

        public Task<DateTimeOffset?> NextReminderDueAsync(DateTimeOffset now, CancellationToken ct) => throw Unused();

        private static NotSupportedException Unused() => new("The probe worker's rounds only list open incidents.");
    }
}
