using System.Net;
using ChatOps.Bot.Slack.Api;

namespace ChatOps.Bot.Tests.Slack.Api;

/// <summary>How Slack's failures reach the caller: ok:false as a typed exception, harmless errors as success, 5xx untouched.</summary>
public sealed class SlackErrorTests : SlackApiTest
{
    [Fact]
    public async Task Ok_false_becomes_an_exception_naming_the_method_and_error()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostMessageAsync("C404", "hi", null, None));

        Assert.Equal(SlackMethods.ChatPostMessage, error.Method);
        Assert.Equal("channel_not_found", error.Error);
        Assert.Equal(HttpStatusCode.OK, error.Status);
        Assert.Equal("Slack chat.postMessage failed: channel_not_found", error.Message);
    }

    [Fact]
    public async Task A_scripted_slack_error_surfaces_with_its_code()
    {
        Slack.AddChannel("C1", "general");
        Slack.FailNextWithError(SlackMethods.ConversationsSetTopic, "not_in_channel");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.SetTopicAsync("C1", "topic", None));

        Assert.Equal("not_in_channel", error.Error);
    }

    [Fact]
    public async Task Server_errors_are_not_retried_here()
    {
        Slack.AddChannel("C1", "general");
        Slack.FailNext(SlackMethods.ChatPostMessage, 503);

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostMessageAsync("C1", "hi", null, None));

        Assert.Equal("http_503", error.Error);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(1, CallCount(SlackMethods.ChatPostMessage));
    }

    [Fact]
    public async Task A_bad_token_is_reported_as_invalid_auth()
    {
        var client = CreateClient(TimeSpan.Zero, token: "not-a-bot-token");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.GetUserAsync("U1", None));

        Assert.Equal("invalid_auth", error.Error);
    }

    [Fact]
    public async Task Already_done_answers_count_as_success()
    {
        var channel = Slack.AddChannel("C1", "general");
        channel.Members.Add("U111");
        var ts = await Client.PostMessageAsync("C1", "card", null, None);
        await Client.AddPinAsync("C1", ts, None);

        await Client.AddPinAsync("C1", ts, None);
        await Client.InviteAsync("C1", ["U111"], None);
        await Client.InviteAsync("C1", [Fakes.FakeSlackServer.BotUserId], None);
        await Client.ArchiveAsync("C1", None);
        await Client.ArchiveAsync("C1", None);

        Assert.Equal(2, CallCount(SlackMethods.PinsAdd));
        Assert.Equal(2, CallCount(SlackMethods.ConversationsInvite));
        Assert.Equal(2, CallCount(SlackMethods.ConversationsArchive));
        Assert.True(channel.IsArchived);
    }

    [Fact]
    public async Task Missing_arguments_name_the_argument_in_the_message()
    {
        Slack.AddChannel("C1", "general");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostEphemeralAsync("C1", "", "hi", null, None));

        Assert.Equal("invalid_arguments", error.Error);
        Assert.Contains("missing required argument user", error.Message, StringComparison.Ordinal);
    }
}
