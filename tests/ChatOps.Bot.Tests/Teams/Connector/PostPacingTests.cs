using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.Connector;

namespace ChatOps.Bot.Tests.Teams.Connector;

/// <summary>Posts to one conversation are spread to Teams' per-thread pace; other conversations are not held up.</summary>
public sealed class PostPacingTests : IAsyncLifetime
{
    private TeamsClients _clients = null!;

    public async Task InitializeAsync()
    {
        _clients = await TeamsClients.StartAsync(new() { ["Teams:PostInterval"] = "00:00:00.150" });
        _clients.Teams.AddChannel("19:a@thread.tacv2", "A");
        _clients.Teams.AddChannel("19:b@thread.tacv2", "B");
    }

    public async Task DisposeAsync() => await _clients.DisposeAsync();

    [Fact]
    public async Task A_second_post_to_the_same_channel_waits_its_turn()
    {
        var connector = _clients.Get<BotConnectorClient>();
        var url = _clients.Teams.ServiceUrl;
        await connector.SendAsync(url, "19:a@thread.tacv2", new JsonObject { ["type"] = "message", ["text"] = "1" }, CancellationToken.None);
        await connector.SendAsync(url, "19:b@thread.tacv2", new JsonObject { ["type"] = "message", ["text"] = "other channel" }, CancellationToken.None);

        var second = connector.SendAsync(url, "19:a@thread.tacv2", new JsonObject { ["type"] = "message", ["text"] = "2" }, CancellationToken.None);
        await _clients.Time.WaitForPendingTimersAsync().WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Single(_clients.Teams.Channel("19:a@thread.tacv2").Messages);
        _clients.Time.Advance(TimeSpan.FromMilliseconds(150));

        await second.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(2, _clients.Teams.Channel("19:a@thread.tacv2").Messages.Count);
    }
}
