using ChatOps.Bot.Workers;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>Old processed intents and delivered effects are forgotten; channel creations and the incident's working state are not.</summary>
public sealed class HousekeepingTests : SlackIncidentTest
{
    [Fact]
    public async Task A_week_later_processed_intents_and_delivered_posts_are_purged_but_commands_in_the_channel_still_work()
    {
        await Driver.SlashAsync(Alice, General, "declare P2 Slow report page");
        await Host.InboxIdleAsync();
        var channel = Slack.Channels.Single(c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
        Assert.Single(channel.PinnedTs);
        var housekeeping = Host.Services.GetServices<IHostedService>().OfType<Housekeeping>().Single();
        Assert.Equal(0, await housekeeping.PurgeAsync(Host.Time.GetUtcNow() + Housekeeping.Keep - TimeSpan.FromMinutes(1), CancellationToken.None));

        // A week later, asked of the purge directly rather than by moving the clock.
        var purged = await housekeeping.PurgeAsync(Host.Time.GetUtcNow() + Housekeeping.Keep + TimeSpan.FromHours(1), CancellationToken.None);

        Assert.True(purged > 0);
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
            Assert.Equal(0, await db.Inbox.CountAsync());
            Assert.Equal(EffectKind.CreateChannel, (await db.Outbox().SingleAsync()).Kind);
        }
        await Driver.SlashAsync(Alice, channel.Id, "note still here");
        await Host.InboxIdleAsync();
        await Driver.SlashAsync(Alice, channel.Id, "resolve fixed");
        await PostedAsync(channel.Id, "Post-mortem skeleton");
    }
}
