using System.Text.Json.Nodes;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>
/// Intents the previous release stored in its own shape, still waiting in the inbox when the bot is upgraded (Slack was
/// down, the bot restarted), are carried out by the new release: an upgrade loses nothing that was acknowledged.
/// </summary>
public sealed class OlderIntentTests : SlackIncidentTest
{
    [Fact]
    public async Task A_slash_command_and_a_press_stored_by_the_previous_release_are_carried_out_after_the_upgrade()
    {
        var responseUrl = Slack.ResponseUrl("older-1").ToString();
        await StoreAsync("slack:command:older-1", "command", new JsonObject
        {
            ["kind"] = "command", ["user"] = Alice, ["channel"] = General, ["text"] = "declare P2 Search is slow",
            ["responseUrl"] = responseUrl, ["triggerId"] = "older-trigger-1",
        });
        await Slack.WaitForCallAsync("pins.add", null, Wait);
        var channel = Slack.Channels.Single(c => c.Name == "inc-2026-001-search-is-slow");

        await StoreAsync("slack:action:older-2", "action", new JsonObject
        {
            ["kind"] = "action", ["user"] = Alice, ["channel"] = channel.Id, ["actionId"] = "incident.ack", ["value"] = "INC-2026-001",
        });

        await PostedAsync(channel.Id, "acknowledged INC-2026-001");
        Assert.Contains(Slack.ResponsePosts, p => p.Body.Contains("Declared INC-2026-001", StringComparison.Ordinal));
    }

    private async Task StoreAsync(string key, string kind, JsonObject payload)
    {
        await using (var scope = Host.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<Inbox>().RecordAsync(key, "slack", kind, payload.ToJsonString(), CancellationToken.None));
        Host.Services.GetRequiredService<InboxSignal>().Wake();
        await Host.InboxIdleAsync();
    }
}
