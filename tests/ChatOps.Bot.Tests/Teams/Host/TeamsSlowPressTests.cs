using System.Text.Json.Nodes;
using ChatOps.Bot.Engine;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Teams.Inbound;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>
/// A card button whose work is not done within <c>Teams__InvokeTimeout</c> (here: at once) is still answered in time;
/// the press stays stored until it is carried out (so a restart would carry it out too), then it is done once and its
/// outcome posted in the card's thread.
/// </summary>
public sealed class TeamsSlowPressTests : TeamsIncidentTest
{
    protected override void Configure(Dictionary<string, string?> settings) => settings["Teams:InvokeTimeout"] = "00:00:00";

    [Fact]
    public async Task A_button_that_takes_too_long_is_answered_within_the_limit_and_still_finishes()
    {
        await SayAsync(Alice, General, "incident declare P2 Search is slow");
        var channel = Teams.Channels.Single(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
        var cardId = (string)channel.Messages[0]["id"]!;
        var ack = ActionOn(CardOf(channel.Messages[0]), "Acknowledge");

        // Other work holds the engine, so the press has to wait for it.
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var busy = Host.Services.GetRequiredService<EngineGate>().RunAsync(() => release.Task);
        var body = await SendAsync(Driver.Execute(Alice, channel.Id, ack, cardId));
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body!["type"]);
        Assert.Equal(CardActionHandler.StillWorking, (string?)body["value"]);
        var stored = await PressesAsync();
        Assert.Null(Assert.Single(stored).ProcessedAt);

        release.SetResult(true);
        await busy;
        await PostedAsync(channel.Id, "acknowledged INC-2026-001");
        await Teams.WaitForMessageAsync(channel.Id, m => m["attachments"] is JsonArray && !HasAction(CardOf(m), "Acknowledge"), Wait, "with the acknowledged card");
        await ReplyAsync($"{channel.Id};messageid={cardId}", "Acknowledged INC-2026-001.");
        await Host.SettledAsync();
        var done = Assert.Single(await PressesAsync());
        Assert.NotNull(done.ProcessedAt);
        Assert.Equal(1, done.Attempts);
        await AssertNoFailedIntentsAsync();
    }

    private async Task<List<InboundRow>> PressesAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.AsNoTracking().Where(r => r.Kind == InboundIntent.Press).ToListAsync();
    }
}
