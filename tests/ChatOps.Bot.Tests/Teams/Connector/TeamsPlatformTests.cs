using System.Text.Json.Nodes;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Teams;
using ChatOps.Bot.Tests.Teams.Fakes;
using ChatOps.Bot.Tests.Teams.Host;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Teams.Connector;

/// <summary>The engine's chat platform on Teams, as the engine calls it, against the fake Graph and Bot Connector.</summary>
public sealed class TeamsPlatformTests : IAsyncLifetime
{
    private const string Announce = "19:announce000000000000000000000000@thread.tacv2";
    private const string Alice = "a11ce000-0000-4000-8000-000000000001";
    private const string Cto = "c7000000-0000-4000-8000-000000000005";

    private FakeTeamsServer _teams = null!;
    private TeamsBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeTeamsServer.StartAsync();
        _teams.AddChannel(Announce, "Incidents");
        _host = await TeamsBotHost.StartAsync(_teams, new()
        {
            ["Teams:AnnounceChannelId"] = Announce,
            ["Teams:People:cto"] = Cto,
            ["Teams:People:head-of-engineering"] = "head@example.com",
        });
        await _host.Services.GetRequiredService<TeamsDirectory>().LearnAsync(Alice, "Alice Example", CancellationToken.None);
        await _host.Services.GetRequiredService<TeamsDirectory>().LearnAsync(Cto, "Casey CTO", CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _teams.DisposeAsync();
    }

    /// <summary>The platform the outbox delivers the engine's effects through.</summary>
    private IChatPlatform Platform => _host.Services.GetRequiredService<DeliveryPlatforms>().For(TeamsPlatform.Name, null);

    [Fact]
    public async Task The_first_post_starts_the_new_channels_conversation_and_later_posts_and_updates_follow_it()
    {
        var channel = await Platform.CreateChannelAsync(new ChannelRequest("inc-2026-001-checkout-is-down", false, "INC-2026-001 P1: Checkout is down", ""), CancellationToken.None);
        var card = new Card("INC-2026-001: Checkout is down", [], [new Fact("Commander", Alice)], null, []);
        var cardId = await Platform.PostAsync(channel.Id, new ChatMessage(card.Title, card), CancellationToken.None);
        await Platform.PostAsync(channel.Id, new ChatMessage("Second post"), CancellationToken.None);
        await Platform.UpdateAsync(channel.Id, cardId, new ChatMessage(card.Title, card with { Title = "INC-2026-001: Checkout is down (acknowledged)" }), CancellationToken.None);

        var calls = _teams.Calls.Where(c => c.Path.StartsWith("/connector", StringComparison.Ordinal)).ToList();
        Assert.Equal("POST /connector/v3/conversations", $"{calls[0].Method} {calls[0].Path}");
        Assert.Equal($"POST /connector/v3/conversations/{channel.Id}/activities", $"{calls[1].Method} {calls[1].Path}");
        Assert.Equal($"PUT /connector/v3/conversations/{channel.Id}/activities/{cardId}", $"{calls[2].Method} {calls[2].Path}");
        var messages = _teams.Channel(channel.Id).Messages;
        Assert.Equal(2, messages.Count);
        var updated = messages[0]["attachments"]![0]!["content"]!;
        Assert.Contains("(acknowledged)", updated.ToJsonString());
        Assert.Contains("Alice Example", updated.ToJsonString());
        Assert.DoesNotContain(Alice, updated.ToJsonString());
    }

    [Fact]
    public async Task Mentions_are_at_tags_with_a_mention_entity_each_and_unknown_handles_stay_text()
    {
        await Platform.PostAsync(Announce, new ChatMessage("Escalated <script> & more", null, ["cto", "head-of-engineering", "nobody-knows"]), CancellationToken.None);
        var posted = _teams.Channel(Announce).Messages.Single();
        Assert.Equal("<at>Casey CTO</at> <at>head-of-engineering</at> @nobody-knows Escalated &lt;script&gt; &amp; more", (string?)posted["text"]);
        Assert.Equal("xml", (string?)posted["textFormat"]);
        var mentioned = posted["entities"]!.AsArray().Select(e => ((string?)e!["text"], (string?)e["mentioned"]!["id"])).ToList();
        Assert.Equal([("<at>Casey CTO</at>", Cto), ("<at>head-of-engineering</at>", "head@example.com")], mentioned);
    }

    [Fact]
    public async Task Announcements_go_to_the_configured_channel()
    {
        await Platform.PostAsync("incidents", new ChatMessage("alice declared INC-2026-001"), CancellationToken.None);
        Assert.Contains("declared INC-2026-001", (string?)_teams.Channel(Announce).Messages.Single()["text"]);
    }

    [Fact]
    public async Task A_private_channel_is_owned_by_whoever_declared_and_invites_become_members()
    {
        var channel = await Platform.CreateChannelAsync(new ChannelRequest("inc-2026-002-data-leak", true, "INC-2026-002 P0: Data leak", Alice), CancellationToken.None);
        await Platform.InviteAsync(channel.Id, [Alice, "cto", "head-of-engineering", "nobody-knows"], CancellationToken.None);
        Assert.Equal([Alice, Cto, "head@example.com"], _teams.Channel(channel.Id).Members);
    }

    [Fact]
    public async Task A_channel_an_interrupted_attempt_created_is_found_by_its_name()
    {
        var channel = await Platform.CreateChannelAsync(new ChannelRequest("inc-2026-004-queue-stuck", false, "", ""), CancellationToken.None);
        var check = Assert.IsAssignableFrom<IRedeliveryCheck>(Platform);
        Assert.Equal(channel, await check.FindCreatedChannelAsync("inc-2026-004-queue-stuck", CancellationToken.None));
        Assert.Null(await check.FindCreatedChannelAsync("inc-2026-005-never-made", CancellationToken.None));
    }

    [Fact]
    public async Task Invites_to_a_standard_channel_need_no_Graph_calls_because_the_team_sees_it()
    {
        var channel = await Platform.CreateChannelAsync(new ChannelRequest("inc-2026-003-slow", false, "", ""), CancellationToken.None);
        await Platform.InviteAsync(channel.Id, ["cto"], CancellationToken.None);
        Assert.DoesNotContain(_teams.Calls, c => c.Path.EndsWith("/members", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_post_mortem_file_is_posted_as_preformatted_text()
    {
        await Platform.UploadAsync(Announce, new FileAttachment("postmortem-20260314-x.md", "Post-mortem skeleton: INC-2026-001", "# INC <1>\n| a | b |"), CancellationToken.None);
        var text = (string?)_teams.Channel(Announce).Messages.Single()["text"];
        Assert.Equal("<b>Post-mortem skeleton: INC-2026-001</b> (postmortem-20260314-x.md)<br><pre># INC &lt;1&gt;\n| a | b |</pre>", text);
    }
}
