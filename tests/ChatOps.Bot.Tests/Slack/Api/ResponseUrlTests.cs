using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Api;

namespace ChatOps.Bot.Tests.Slack.Api;

/// <summary>Replies to a slash command's response_url are plain JSON posts without the bot token.</summary>
public sealed class ResponseUrlTests : SlackApiTest
{
    [Fact]
    public async Task The_message_is_posted_as_json_without_authorization()
    {
        var message = new JsonObject { ["response_type"] = "ephemeral", ["text"] = "Declared INC-2026-001" };

        await Client.PostToResponseUrlAsync(Slack.ResponseUrl("cmd-1"), message, None);

        var post = Assert.Single(Slack.ResponsePosts);
        Assert.Equal("cmd-1", post.Id);
        Assert.StartsWith("application/json", post.ContentType, StringComparison.Ordinal);
        Assert.False(post.HadAuthorization);
        Assert.Equal("Declared INC-2026-001", (string?)JsonNode.Parse(post.Body)!["text"]);
        Assert.Empty(Slack.Calls);
    }

    [Fact]
    public async Task A_dead_response_url_is_an_error()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(
            () => Client.PostToResponseUrlAsync(new Uri(Slack.BaseUrl, "../nowhere"), new JsonObject(), None));

        Assert.Equal("http_404", error.Error);
    }
}
