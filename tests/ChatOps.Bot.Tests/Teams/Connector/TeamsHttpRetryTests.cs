using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.Connector;
using ChatOps.Bot.Tests.Teams.Fakes;

namespace ChatOps.Bot.Tests.Teams.Connector;

/// <summary>
/// Throttling and brief outages are ridden out on the bot's clock (never a real wait), within bounds; what cannot be
/// ridden out surfaces with the status and the wait the service asked for.
/// </summary>
public sealed class TeamsHttpRetryTests : IAsyncLifetime
{
    private const string Channel = "19:ops@thread.tacv2";
    private TeamsClients _clients = null!;

    public async Task InitializeAsync()
    {
        _clients = await TeamsClients.StartAsync();
        _clients.Teams.AddChannel(Channel, "Ops");
    }

    public async Task DisposeAsync() => await _clients.DisposeAsync();

    private BotConnectorClient Connector => _clients.Get<BotConnectorClient>();

    private static JsonObject Hello() => new() { ["type"] = "message", ["text"] = "hello" };

    private int Sends() => _clients.Teams.Calls.Count(c => c.Is("POST", "/connector/v3/conversations/" + Channel));

    [Fact]
    public async Task A_429_waits_the_Retry_After_on_the_clock_and_then_succeeds()
    {
        _clients.Teams.FailNext("POST", "/connector/v3/conversations/", 429, "3");
        var send = Connector.SendAsync(_clients.Teams.ServiceUrl, Channel, Hello(), CancellationToken.None);

        await _clients.Time.WaitForPendingTimersAsync().WaitAsync(TimeSpan.FromSeconds(15));
        _clients.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(send.IsCompleted);
        _clients.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.NotEmpty(await send.WaitAsync(TimeSpan.FromSeconds(15)));
        Assert.Equal(2, Sends());
        Assert.Single(_clients.Teams.Channel(Channel).Messages);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Precondition_failures_and_gateway_errors_are_retried_with_back_off(int status)
    {
        _clients.Teams.FailNext("POST", "/connector/v3/conversations/", status);
        _clients.Teams.FailNext("POST", "/connector/v3/conversations/", status);
        var send = Connector.SendAsync(_clients.Teams.ServiceUrl, Channel, Hello(), CancellationToken.None);

        await _clients.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(1));
        await _clients.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(2));

        await send.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(3, Sends());
    }

    [Fact]
    public async Task After_the_last_retry_the_failure_carries_the_status_and_the_wait_asked_for()
    {
        for (var i = 0; i < 5; i++) _clients.Teams.FailNext("POST", "/connector/v3/conversations/", 429, "7");
        var send = Connector.SendAsync(_clients.Teams.ServiceUrl, Channel, Hello(), CancellationToken.None);
        for (var i = 0; i < 4; i++) await _clients.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(7));

        var failure = await Assert.ThrowsAsync<TeamsApiException>(() => send.WaitAsync(TimeSpan.FromSeconds(15)));
        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), failure.RetryAfter);
        Assert.Equal(5, Sends());
        Assert.Empty(_clients.Teams.Channel(Channel).Messages);
    }

    [Fact]
    public async Task A_long_Retry_After_is_not_waited_in_place_but_handed_to_the_outbox()
    {
        _clients.Teams.FailNext("POST", "/connector/v3/conversations/", 429, "60");
        var failure = await Assert.ThrowsAsync<TeamsApiException>(() => Connector.SendAsync(_clients.Teams.ServiceUrl, Channel, Hello(), CancellationToken.None));
        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(60), true), (failure.StatusCode, failure.RetryAfter, failure.IsTransient));
        Assert.Equal(1, Sends());
    }

    [Theory]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    public async Task Other_failures_are_not_retried_here_and_say_whether_a_later_retry_can_help(int status, bool transient)
    {
        _clients.Teams.FailNext("POST", "/connector/v3/conversations/", status);
        var failure = await Assert.ThrowsAsync<TeamsApiException>(() => Connector.SendAsync(_clients.Teams.ServiceUrl, Channel, Hello(), CancellationToken.None));
        Assert.Equal((HttpStatusCode)status, failure.StatusCode);
        Assert.Equal(transient, failure.IsTransient);
        Assert.Null(failure.RetryAfter);
        Assert.Equal(1, Sends());
    }

    [Fact]
    public async Task An_unreachable_service_fails_without_a_status()
    {
        var failure = await Assert.ThrowsAsync<TeamsApiException>(() => Connector.SendAsync("http://127.0.0.1:9/", Channel, Hello(), CancellationToken.None));
        Assert.Null(failure.StatusCode);
        Assert.True(failure.IsTransient);
        Assert.Contains("could not be reached", failure.Message);
    }

    [Fact]
    public async Task A_token_is_reused_until_shortly_before_it_expires()
    {
        for (var i = 0; i < 3; i++) await Connector.SendAsync(_clients.Teams.ServiceUrl, Channel, Hello(), CancellationToken.None);
        Assert.Single(TokenRequests());

        _clients.Time.Advance(TimeSpan.FromMinutes(56));
        await Connector.SendAsync(_clients.Teams.ServiceUrl, Channel, Hello(), CancellationToken.None);
        Assert.Equal(2, TokenRequests().Count);
        Assert.All(TokenRequests(), c => Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", c.Body));
    }

    [Fact]
    public async Task A_refused_token_is_renewed_once()
    {
        await Connector.SendAsync(_clients.Teams.ServiceUrl, Channel, Hello(), CancellationToken.None);
        _clients.Teams.FailNext("POST", "/connector/v3/conversations/", 401);
        await Connector.SendAsync(_clients.Teams.ServiceUrl, Channel, Hello(), CancellationToken.None);
        Assert.Equal(2, TokenRequests().Count);
        Assert.Equal(2, _clients.Teams.Channel(Channel).Messages.Count);
    }

    [Fact]
    public async Task Wrong_credentials_say_which_settings_to_check()
    {
        await using var clients = await TeamsClients.StartAsync(new() { ["Teams:AppPassword"] = "wrong" });
        clients.Teams.AddChannel(Channel, "Ops");
        var failure = await Assert.ThrowsAsync<TeamsApiException>(() => clients.Get<BotConnectorClient>().SendAsync(clients.Teams.ServiceUrl, Channel, Hello(), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
        Assert.Contains("Teams__AppPassword", failure.Message);
        Assert.DoesNotContain(clients.Teams.Calls, c => c.Path.StartsWith("/connector", StringComparison.Ordinal));
    }

    private List<TeamsCall> TokenRequests() => _clients.Teams.Calls.Where(c => c.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)).ToList();
}
