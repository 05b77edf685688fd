using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>When Slack refuses part of a command, the person is told, and the command is not run twice.</summary>
public sealed class SlackFailureTests : SlackIncidentTest
{
    [Fact]
    public async Task A_refused_channel_creation_is_reported_to_the_declarer_and_not_retried()
    {
        Slack.FailNextWithError("conversations.create", "restricted_action");

        await Driver.SlashAsync(Alice, General, "declare P1 Checkout slow");
        await Host.InboxIdleAsync();

        var reply = JsonNode.Parse(Assert.Single(Slack.ResponsePosts).Body)!;
        Assert.Contains("That did not go through", reply["text"]!.GetValue<string>());
        Assert.Contains("restricted_action", reply["text"]!.GetValue<string>());
        Assert.Single(Slack.Calls, c => c.Method == "conversations.create");
        var list = await Driver.SlashAsync(Alice, General, "list");
        Assert.Contains("No open incidents", await list.Content.ReadAsStringAsync());
    }
}
