using System.Diagnostics;
using System.Net;
using ChatOps.Bot.Teams;
using ChatOps.Bot.Tests.Teams.Fakes;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>
/// Resolving names the incident's people in the post-mortem, looking up on Graph those the bot has not met, while the
/// resolve holds the engine and the database's write turn. With Graph not answering, that wait is cut short
/// (<see cref="TeamsNames.Patience"/>), so what people send meanwhile is still answered within Teams' 3 seconds.
/// </summary>
public sealed class TeamsGraphHangTests : TeamsIncidentTest
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Requests_sent_while_a_resolve_waits_on_a_hanging_Graph_are_answered_in_time()
    {
        await SayAsync(Alice, General, "incident declare P1 Search is slow");
        var channel = Teams.Channels.Single(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));

        Teams.BeginOutage(TeamsOutage.Hang, only: "/graph/");
        await SendAsync(Driver.ChannelMessage(Alice, channel.Id, "incident resolve Rolled back"));
        // The on-call engineer, whom the bot has not met, is being looked up on Graph inside the resolve.
        await Teams.WaitForCallAsync(c => c.Path.StartsWith("/graph/v1.0/users/", StringComparison.Ordinal), Wait, "name lookup");

        var clock = Stopwatch.StartNew();
        var response = await Host.PostActivityAsync(Driver.ChannelMessage(Bob, General, "incident list")).WaitAsync(Limit + TimeSpan.FromSeconds(2));
        Assert.True(clock.Elapsed < Limit && response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} after {clock.Elapsed.TotalMilliseconds:F0} ms");

        Teams.EndOutage();
        await Host.InboxIdleAsync();
        Assert.Single(Teams.Channel(channel.Id).Messages, m => m.ToJsonString().Contains("Post-mortem skeleton: INC-2026-001", StringComparison.Ordinal));
        await ReplyAsync(General, "No open incidents.");
    }
}
