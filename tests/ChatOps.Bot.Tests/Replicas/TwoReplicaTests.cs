using ChatOps.Bot.Engine;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Persistence;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Replicas;

/// <summary>Two bot processes on one PostgreSQL database: every intent handled once, every reminder fired once, nothing lost.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoReplicaTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Alice = SlackIncidentTest.Alice;
    private const string General = SlackIncidentTest.General;
    private TwoReplicas _replicas = null!;

    public async Task InitializeAsync() => _replicas = await TwoReplicas.StartAsync(postgres);

    public async Task DisposeAsync() => await _replicas.DisposeAsync();

    [Fact]
    public async Task Declarations_sent_to_both_replicas_each_open_one_incident_with_its_own_number()
    {
        await DeclareAsync(40);

        var incidents = await _replicas.IncidentsAsync();
        Assert.Equal(Enumerable.Range(1, 40), incidents.Select(i => i.Sequence).Order());
        var channels = _replicas.Slack.Channels.Where(c => c.Name.StartsWith("inc-", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, channels.Select(c => c.Name).Distinct().Count());
        Assert.Equal(40, _replicas.Slack.Calls.Count(c => c.Method == "pins.add"));
    }

    [Fact]
    public async Task A_few_hundred_reminders_fire_exactly_once_each_across_both_replicas()
    {
        const int Incidents = 150;
        await DeclareAsync(Incidents);
        var channels = (await _replicas.IncidentsAsync()).Select(i => i.ChannelId).ToList();

        // P2: the reminder to tell P2's audience falls due 15 minutes after declaration, the first escalation and the
        // first status-update reminder both an hour after, and nothing else before two hours.
        var fired = new int[2];
        void Count(int[] round) => fired = [fired[0] + round[0], fired[1] + round[1]];
        Count(await _replicas.RoundAsync(TimeSpan.FromHours(1)));
        for (var round = 0; round < 20 && fired.Sum() < 3 * Incidents; round++) Count(await _replicas.RoundAsync(TimeSpan.FromSeconds(1)));
        var settled = fired.Sum();
        Count(await _replicas.RoundAsync(TimeSpan.FromSeconds(1)));
        Count(await _replicas.RoundAsync(TimeSpan.FromSeconds(1)));
        await _replicas.IdleAsync();

        var escalations = _replicas.Posts("to tier 1");
        var updateReminders = _replicas.Posts("Status update due: INC-");
        var communicationReminders = _replicas.Posts("the runbook says to tell");
        Assert.All(channels, c => Assert.Single(escalations[c]));
        Assert.All(channels, c => Assert.Single(updateReminders[c]));
        Assert.All(channels, c => Assert.Single(communicationReminders[c]));
        Assert.Equal(3 * Incidents, escalations.Sum(g => g.Count()) + updateReminders.Sum(g => g.Count()) + communicationReminders.Sum(g => g.Count()));
        Assert.Equal(3 * Incidents, settled);
        Assert.Equal(3 * Incidents, fired.Sum());
        Assert.True(fired.All(f => f > 0), $"Both replicas should have fired some reminders: A fired {fired[0]}, B {fired[1]}.");
    }

    [Fact]
    public async Task A_replica_that_dies_holding_a_claim_hands_its_reminders_over_when_the_lease_runs_out()
    {
        await DeclareAsync(1, "P0");
        var incident = (await _replicas.IncidentsAsync()).Single();
        var lease = _replicas.B.Services.GetRequiredService<StorageOptions>().ClaimLease;
        var claimedAt = SlackBotHost.Start.AddMinutes(6);
        await using (var scope = _replicas.A.Services.CreateAsyncScope())
            Assert.Equal([incident.Id], await scope.ServiceProvider.GetRequiredService<IIncidentStore>().ClaimIncidentsWithDueRemindersAsync(claimedAt, 10, CancellationToken.None));

        await _replicas.KillAsync(_replicas.A);
        await _replicas.RoundAsync(TimeSpan.FromMinutes(6));
        await _replicas.RoundAsync(lease - TimeSpan.FromSeconds(1));
        await _replicas.IdleAsync();
        Assert.Empty(_replicas.Posts("to tier 1"));
        Assert.Equal(0, (await _replicas.IncidentsAsync()).Single().EscalationTier);

        await _replicas.RoundAsync(TimeSpan.FromSeconds(1));
        await _replicas.IdleAsync();
        Assert.Single(_replicas.Posts("to tier 1")[incident.ChannelId]);
    }

    [Fact]
    public async Task Notes_typed_at_the_same_moment_on_both_replicas_are_all_kept()
    {
        await DeclareAsync(1);
        var channel = (await _replicas.IncidentsAsync()).Single().ChannelId;

        // Eight each: a note can lose at most eight races (one per save by the other replica), within ConflictRetry's limit.
        await Task.WhenAll(Enumerable.Range(1, 16).Select(n => (n % 2 == 0 ? _replicas.A : _replicas.B).Services
            .WithEngineAsync(Work(Alice, channel), engine => engine.HandleAsync(Work(Alice, channel), new TypedInput($"note finding {n}")))));

        var timeline = (await _replicas.IncidentsAsync()).Single().Timeline;
        Assert.Equal(Enumerable.Range(1, 16).Select(n => $"finding {n}").Order(), timeline.Where(e => e.Kind == "note").Select(e => e.Text).Order());
    }

    private UnitOfWork Work(string actor, string channel) => new(new CommandContext(actor, channel, "slack"), _replicas.A.Services.GetRequiredService<TimeProvider>().GetUtcNow());

    /// <summary>Sends <paramref name="count"/> slash-command declarations, alternately to each replica, and waits until all are carried out.</summary>
    private async Task DeclareAsync(int count, string severity = "P2")
    {
        var drivers = new[] { _replicas.A, _replicas.B }.Select(h => new SlackDriver(h, _replicas.Slack)).ToList();
        var responses = await Task.WhenAll(Enumerable.Range(1, count).Select(n => drivers[n % 2].SlashAsync(Alice, General, $"declare {severity} Service {n} is slow")));
        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        await _replicas.IdleAsync();
    }
}
