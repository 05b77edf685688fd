using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Bot.Tests.Teams.Fakes;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>One host serving Slack and Teams: each incident lives on the platform it was declared from.</summary>
public sealed class SlackAndTeamsTogetherTests : IAsyncLifetime
{
    private const string SlackGeneral = "C0GENERAL1";
    private const string SlackAlice = "U0ALICE001";
    private FakeSlackServer _slack = null!;
    private FakeTeamsServer _teams = null!;
    private SlackBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _slack.AddChannel(SlackGeneral, "general");
        _slack.AddChannel("CANNOUNCE1", "incidents");
        _slack.AddUser(SlackAlice, "alice");
        _teams = await FakeTeamsServer.StartAsync();
        _teams.AddChannel(TeamsIncidentTest.General, "General");
        _teams.AddChannel(TeamsIncidentTest.Announce, "Incidents");
        var settings = _teams.BotSettings();
        settings["Teams:AnnounceChannelId"] = TeamsIncidentTest.Announce;
        settings["Slack:AnnounceChannel"] = "CANNOUNCE1";
        _host = await SlackBotHost.StartAsync(_slack.BaseUrl.ToString(), extra: settings);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _teams.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Each_platform_gets_its_own_incidents_channels_posts_and_reminders()
    {
        var teamsHost = TeamsBotHost.On(_host, _teams);
        var teamsDriver = new TeamsDriver(teamsHost);

        await new SlackDriver(_host, _slack).SlashAsync(SlackAlice, SlackGeneral, "declare P1 Slack side is down");
        await _host.InboxIdleAsync();
        await teamsHost.PostActivityAsync(teamsDriver.ChannelMessage(TeamsIncidentTest.Alice, TeamsIncidentTest.General, "incident declare P1 Teams side is down"));
        await _host.InboxIdleAsync();

        var slackChannel = Assert.Single(_slack.Channels, c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
        Assert.Equal("inc-2026-001-slack-side-is-down", slackChannel.Name);
        var teamsChannel = Assert.Single(_teams.Channels, c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
        Assert.Equal("inc-2026-002-teams-side-is-down", teamsChannel.DisplayName);
        Assert.Contains("INC-2026-002", CardOf(teamsChannel.Messages[0]));
        Assert.Contains("declared INC-2026-002", (string?)Assert.Single(_teams.Channel(TeamsIncidentTest.Announce).Messages)["text"]);
        var slackAnnouncements = _slack.Calls.Where(c => c.Method == "chat.postMessage" && c.Arg("channel") == "CANNOUNCE1").Select(c => c.Arg("text")).ToList();
        Assert.Contains(slackAnnouncements, t => t!.Contains("declared INC-2026-001", StringComparison.Ordinal));
        Assert.DoesNotContain(slackAnnouncements, t => t!.Contains("INC-2026-002", StringComparison.Ordinal));

        await _host.AdvanceAsync(TimeSpan.FromMinutes(35));
        await _host.FireDueAsync();
        await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("channel") == slackChannel.Id && (c.Arg("text") ?? "").Contains("Status update due", StringComparison.Ordinal), TimeSpan.FromSeconds(15));
        await _teams.WaitForMessageAsync(teamsChannel.Id, m => m.ToJsonString().Contains("Status update due", StringComparison.Ordinal), TimeSpan.FromSeconds(15), "with the reminder");
        await _host.InboxIdleAsync();
        Assert.DoesNotContain(_teams.Channel(teamsChannel.Id).Messages, m => m.ToJsonString().Contains("INC-2026-001", StringComparison.Ordinal));
    }

    private static string CardOf(System.Text.Json.Nodes.JsonObject message) => message["attachments"]![0]!["content"]!.ToJsonString();
}
