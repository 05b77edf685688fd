using ChatOps.Bot.Host;
using Microsoft.Extensions.Configuration;

namespace ChatOps.Bot.Tests.Hosting;

/// <summary>Work that comes from no chat (an incident an alert declares) opens its channel on Slack if configured, else Teams, else the shell.</summary>
public sealed class PrimaryChatPlatformTests
{
    private static readonly Dictionary<string, string?> Slack = new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = "secret" };
    private static readonly Dictionary<string, string?> Teams = new() { ["Teams:AppId"] = "00000000-0000-0000-0000-000000000001", ["Teams:AppPassword"] = "password" };

    [Theory]
    [InlineData(true, true, "slack")]
    [InlineData(true, false, "slack")]
    [InlineData(false, true, "teams")]
    [InlineData(false, false, "shell")]
    public void Slack_comes_first_then_Teams_then_the_shell(bool slack, bool teams, string expected)
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(slack ? Slack : [])
            .AddInMemoryCollection(teams ? Teams : [])
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:BotToken"] = slack ? "xoxb-1" : "xoxb-half-configured" })
            .Build();

        Assert.Equal(expected, PrimaryChatPlatform.Of(settings));
    }
}
