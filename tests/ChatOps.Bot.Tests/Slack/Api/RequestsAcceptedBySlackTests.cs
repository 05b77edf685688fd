using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Tests.Slack.Fakes;

namespace ChatOps.Bot.Tests.Slack.Api;

/// <summary>Every client method sends a request the spec-checking fake accepts, with the arguments Slack documents.</summary>
public sealed class RequestsAcceptedBySlackTests : SlackApiTest
{
    private static JsonArray Blocks(string text) =>
        [new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } }];

    private static JsonObject Modal(string title) => new()
    {
        ["type"] = "modal",
        ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = title },
        ["blocks"] = new JsonArray(),
    };

    [Fact]
    public async Task Every_method_the_bot_uses_is_accepted_and_the_whole_list_is_exercised()
    {
        Slack.AddUser("U111", "alice", "Alice Liddell", "alice@example.com");

        var channel = await Client.CreateConversationAsync("INC-2026-001-Payments", isPrivate: true, None);
        await Client.InviteAsync(channel.Id, ["U111", "U222"], None);
        await Client.SetTopicAsync(channel.Id, "P1 | Payments failing", None);
        var ts = await Client.PostMessageAsync(channel.Id, "Incident declared", Blocks("*Incident declared*"), None);
        await Client.UpdateMessageAsync(channel.Id, ts, "Incident acknowledged", Blocks("*Acknowledged*"), None);
        await Client.AddPinAsync(channel.Id, ts, None);
        var message = await Client.GetMessageAsync(channel.Id, ts, None);
        var recent = await Client.RecentMessagesAsync(channel.Id, 5, None);
        var found = await Client.FindConversationByNameAsync("inc-2026-001-payments", None);
        await Client.PostEphemeralAsync(channel.Id, "U111", "Only you can see this", null, None);
        var viewId = await Client.OpenViewAsync("1521624136948.427925934822.abc", Modal("Declare"), None);
        await Client.UpdateViewAsync(viewId, Modal("Declare (2)"), None);
        var user = await Client.GetUserAsync("U111", None);
        var byEmail = await Client.LookupUserByEmailAsync("ALICE@example.com", None);
        await Client.UploadTextFileAsync(channel.Id, "postmortem.md", "Post-mortem", "# Post-mortem\n", "Draft attached", None);
        await Client.ArchiveAsync(channel.Id, None);

        Assert.Equal(new SlackChannel("C0000001", "inc-2026-001-payments"), channel);
        Assert.True(Slack.Channel(channel.Id)!.IsPrivate);
        Assert.Equal("Incident acknowledged", message?.GetProperty("text").GetString());
        Assert.Equal(ts, Assert.Single(recent).GetProperty("ts").GetString());
        Assert.Equal(channel, found);
        Assert.Equal(new SlackUser("U111", "alice", "Alice Liddell", "alice@example.com"), user);
        Assert.Equal("U111", byEmail);
        Assert.Empty(SlackMethods.All.Except(Slack.Calls.Select(c => c.Method)));
    }

    [Fact]
    public async Task Blocks_and_views_travel_as_json_strings_in_form_fields_with_the_bearer_token()
    {
        Slack.AddChannel("C1", "general");

        await Client.PostMessageAsync("C1", "fallback", Blocks("hello"), None);

        var call = Assert.Single(Slack.Calls);
        Assert.StartsWith("channel=C1&text=fallback&blocks=", call.Body, StringComparison.Ordinal);
        Assert.Equal("hello", JsonNode.Parse(call.Arg("blocks")!)![0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invites_go_out_comma_separated_in_batches_of_a_thousand()
    {
        var channel = Slack.AddChannel("C1", "big");
        var users = Enumerable.Range(1, 1500).Select(i => $"U{i:D6}").ToList();

        await Client.InviteAsync("C1", users, None);

        var calls = Slack.Calls.Where(c => c.Method == SlackMethods.ConversationsInvite).ToList();
        Assert.Equal(new[] { 1000, 500 }, calls.Select(c => c.Arg("users")!.Split(',').Length));
        Assert.Equal(1501, channel.Members.Count);
    }

    [Fact]
    public async Task Long_topics_are_cut_to_slacks_limit()
    {
        var channel = Slack.AddChannel("C1", "general");

        await Client.SetTopicAsync("C1", new string('x', 300), None);

        Assert.Equal(250, channel.Topic.Length);
    }

    [Fact]
    public async Task Unknown_users_and_messages_read_as_null()
    {
        Slack.AddChannel("C1", "general");

        Assert.Null(await Client.GetUserAsync("U404", None));
        Assert.Null(await Client.LookupUserByEmailAsync("nobody@example.com", None));
        Assert.Null(await Client.GetMessageAsync("C1", "1700000000.000100", None));
    }

    [Fact]
    public void Every_method_has_its_bot_scopes_and_is_in_the_published_api()
    {
        Assert.Equal(SlackMethods.All.Order(), SlackMethods.RequiredScopes.Keys.Order());
        Assert.All(SlackMethods.All, m => Assert.True(SlackWebApiSpec.Instance.Knows(m), $"{m} is not a Slack method"));
        Assert.Equal(SlackMethods.All.Count, SlackMethods.All.Distinct().Count());
    }
}
