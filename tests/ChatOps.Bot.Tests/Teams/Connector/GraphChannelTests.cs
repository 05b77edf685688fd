using ChatOps.Bot.Teams.Connector;
using ChatOps.Bot.Teams.Graph;
using ChatOps.Bot.Tests.Teams.Fakes;

namespace ChatOps.Bot.Tests.Teams.Connector;

/// <summary>Incident channels in the team through Microsoft Graph, within Teams' naming rules.</summary>
public sealed class GraphChannelTests : IAsyncLifetime
{
    private const string Owner = "a11ce000-0000-4000-8000-000000000001";
    private TeamsClients _clients = null!;

    public async Task InitializeAsync() => _clients = await TeamsClients.StartAsync();

    public async Task DisposeAsync() => await _clients.DisposeAsync();

    private GraphClient Graph => _clients.Get<GraphClient>();

    [Fact]
    public async Task A_standard_channel_is_created_in_the_configured_team_with_the_topic_as_description()
    {
        var channel = await Graph.CreateChannelAsync("inc-2026-001-checkout-is-down", "INC-2026-001 P1: Checkout is down", false, null, CancellationToken.None);
        var created = _clients.Teams.Channel(channel.Id);
        Assert.Equal(("inc-2026-001-checkout-is-down", "standard", "INC-2026-001 P1: Checkout is down"), (created.DisplayName, created.MembershipType, created.Description));
        var call = Assert.Single(_clients.Teams.Calls, c => c.Is("POST", "/graph/v1.0/teams/"));
        Assert.Equal($"/graph/v1.0/teams/{FakeTeamsServer.TeamId}/channels", call.Path);
        Assert.Contains("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default", _clients.Teams.Calls.Single(c => c.Path.EndsWith("/token", StringComparison.Ordinal)).Body);
    }

    [Fact]
    public async Task A_taken_name_gets_the_next_free_suffix()
    {
        _clients.Teams.AddChannel("19:taken@thread.tacv2", "inc-2026-001-checkout-is-down");
        _clients.Teams.AddChannel("19:taken2@thread.tacv2", "inc-2026-001-checkout-is-down-2");
        var channel = await Graph.CreateChannelAsync("inc-2026-001-checkout-is-down", "", false, null, CancellationToken.None);
        Assert.Equal("inc-2026-001-checkout-is-down-3", channel.DisplayName);
    }

    [Fact]
    public async Task A_private_channel_is_owned_by_the_declarer_and_takes_members()
    {
        var channel = await Graph.CreateChannelAsync("inc-2026-002-data-leak", "private", true, Owner, CancellationToken.None);
        await Graph.AddMemberAsync(channel.Id, "security-lead@example.com", CancellationToken.None);
        var created = _clients.Teams.Channel(channel.Id);
        Assert.Equal("private", created.MembershipType);
        Assert.Equal([Owner, "security-lead@example.com"], created.Members);
        Assert.True((await Graph.GetChannelAsync(channel.Id, CancellationToken.None)).IsPrivate);
    }

    [Fact]
    public async Task A_private_channel_without_an_owner_is_refused_before_calling_Graph()
    {
        await Assert.ThrowsAsync<TeamsApiException>(() => Graph.CreateChannelAsync("inc-2026-002-data-leak", "", true, null, CancellationToken.None));
        Assert.DoesNotContain(_clients.Teams.Calls, c => c.Path.StartsWith("/graph", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("inc-2026-001-a-very-long-title-that-goes-on-and-on-and-on", "inc-2026-001-a-very-long-title-that-goes-on-and-on")]
    [InlineData("inc: 50% of \"checkout\" <fails>?", "inc- 50- of -checkout- -fails")]
    [InlineData("_hidden.", "hidden")]
    public void Names_follow_the_Teams_rules(string name, string expected)
    {
        var shown = ChannelDisplayName.From(name);
        Assert.Equal(expected, shown);
        Assert.True(shown.Length <= ChannelDisplayName.MaxLength);
    }
}
