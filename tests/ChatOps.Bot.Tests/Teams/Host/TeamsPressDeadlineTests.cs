using System.Diagnostics;
using ChatOps.Bot.Engine;
using ChatOps.Bot.Teams.Inbound;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>
/// With the default <c>Teams__InvokeTimeout</c>, a card button whose work is held up is answered within Teams' 3
/// seconds of wall-clock time, whatever the bot's own clock says (here a fake one that does not move).
/// </summary>
public sealed class TeamsPressDeadlineTests : TeamsIncidentTest
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_held_up_button_is_answered_within_three_seconds_by_default()
    {
        await SayAsync(Alice, General, "incident declare P2 Search is slow");
        var channel = Teams.Channels.Single(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
        var ack = ActionOn(CardOf(channel.Messages[0]), "Acknowledge");

        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var busy = Host.Services.GetRequiredService<EngineGate>().RunAsync(() => release.Task);
        try
        {
            var clock = Stopwatch.StartNew();
            var response = await Host.PostActivityAsync(Driver.Execute(Alice, channel.Id, ack)).WaitAsync(Limit + TimeSpan.FromSeconds(2));
            Assert.True(clock.Elapsed < Limit, $"answered after {clock.Elapsed.TotalMilliseconds:F0} ms");
            Assert.Contains(CardActionHandler.StillWorking, await response.Content.ReadAsStringAsync());
        }
        finally
        {
            release.SetResult(true);
            await busy;
        }
        await PostedAsync(channel.Id, "acknowledged INC-2026-001");
    }
}
