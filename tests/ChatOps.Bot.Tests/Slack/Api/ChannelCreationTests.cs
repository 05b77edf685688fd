using ChatOps.Bot.Slack.Api;

namespace ChatOps.Bot.Tests.Slack.Api;

/// <summary>conversations.create with Slack's naming rules and a numbered suffix when the name is taken.</summary>
public sealed class ChannelCreationTests : SlackApiTest
{
    [Fact]
    public async Task A_taken_name_gets_the_next_free_numbered_suffix()
    {
        Slack.AddChannel("C9", "inc-payments");
        Slack.AddChannel("C8", "inc-payments-2");

        var channel = await Client.CreateConversationAsync("inc-payments", isPrivate: false, None);

        Assert.Equal("inc-payments-3", channel.Name);
        Assert.Equal(new[] { "inc-payments", "inc-payments-2", "inc-payments-3" },
            Slack.Calls.Select(c => c.Arg("name")));
    }

    [Fact]
    public async Task Names_are_lowercased_and_cut_to_eighty_characters_even_with_a_suffix()
    {
        var longName = "INC-" + new string('a', 100);
        Slack.AddChannel("C9", ("inc-" + new string('a', 100))[..80]);

        var channel = await Client.CreateConversationAsync(longName, isPrivate: false, None);

        Assert.Equal(80, channel.Name.Length);
        Assert.EndsWith("aaa-2", channel.Name, StringComparison.Ordinal);
        Assert.All(Slack.Calls, c => Assert.True(c.Arg("name")!.Length <= 80));
    }

    [Fact]
    public async Task After_twenty_taken_names_the_error_surfaces()
    {
        Slack.AddChannel("C100", "inc-busy");
        for (var n = 2; n <= 20; n++)
        {
            Slack.AddChannel($"C{100 + n}", $"inc-busy-{n}");
        }

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.CreateConversationAsync("inc-busy", false, None));

        Assert.Equal("name_taken", error.Error);
        Assert.Equal(20, CallCount(SlackMethods.ConversationsCreate));
    }

    [Fact]
    public async Task Private_channels_are_asked_for_as_private()
    {
        var channel = await Client.CreateConversationAsync("inc-data-leak", isPrivate: true, None);

        Assert.Equal("true", Assert.Single(Slack.Calls).Arg("is_private"));
        Assert.True(Slack.Channel(channel.Id)!.IsPrivate);
    }
}
