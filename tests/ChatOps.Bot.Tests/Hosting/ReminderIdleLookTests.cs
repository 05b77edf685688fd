using ChatOps.Bot.Persistence;
using ChatOps.Bot.Workers;
using ChatOps.Bot.Tests.Slack.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Bot.Tests.Hosting;

/// <summary>
/// The reminder worker's once-a-second look, when nothing is due, only reads: claiming is a write (SQLite's writer turn,
/// which acknowledgements wait for; a write transaction on PostgreSQL), so it is made only when a reminder is due.
/// </summary>
public sealed class ReminderIdleLookTests : SlackIncidentTest
{
    [Fact]
    public async Task Looks_that_find_nothing_due_claim_nothing_so_take_no_writer_turn_of_their_own()
    {
        var channel = await DeclareAsync();
        await Host.InboxIdleAsync();
        var worker = Host.Services.GetServices<IHostedService>().OfType<ReminderWorker>().Single();
        var gate = Host.Services.GetRequiredService<SqliteWriteGate>();
        var settled = worker.NextRound;
        Host.Time.Advance(ReminderWorker.Interval);
        await settled.WaitAsync(Wait);
        await Host.SettledAsync();

        // Other workers may still write now and then (a delivery's bookkeeping, housekeeping): a look that claimed would
        // take a turn every time, at least as many turns as looks.
        const int looks = 10;
        var before = gate.Contention.Turns;
        for (var look = 0; look < looks; look++)
        {
            var next = worker.NextRound;
            Host.Time.Advance(ReminderWorker.Interval);
            Assert.Equal(0, await next.WaitAsync(Wait));
        }

        Assert.InRange(gate.Contention.Turns - before, 0, looks / 2 - 1);
        Assert.NotEmpty(channel.Id);
    }
}
