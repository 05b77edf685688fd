using System.Net;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Teams.Inbound;
using ChatOps.Bot.Tests.Support;
using ChatOps.Bot.Tests.Teams.Fakes;
using ChatOps.Bot.Tests.Teams.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Tests.Teams.Inbound;

/// <summary>
/// Every request to <c>/api/messages</c> must carry a Bot Connector token the bot can verify against the published
/// signing keys; anything else is refused with 401 and changes nothing. Forged tokens: <see cref="TeamsForgedTokenTests"/>.
/// </summary>
public sealed class TeamsAuthenticationTests : IAsyncLifetime
{
    private const string General = "19:general0000000000000000000000000@thread.tacv2";
    private static readonly TeamsUser Alice = new("a11ce000-0000-4000-8000-000000000001", "Alice");

    private FakeTeamsServer _teams = null!;
    private TeamsBotHost _host = null!;
    private TeamsDriver _driver = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeTeamsServer.StartAsync();
        _teams.AddChannel(General, "General");
        _host = await TeamsBotHost.StartAsync(_teams);
        _driver = new TeamsDriver(_host);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _teams.DisposeAsync();
    }

    private BotToken Valid => _teams.Token(_host.Time);

    [Fact]
    public async Task A_published_channel_message_with_a_valid_token_is_accepted()
    {
        var response = await _host.PostActivityAsync(_driver.ChannelMessage(Alice, General, "incident help"), Valid);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_a_few_minutes_past_expiry_is_within_the_allowed_skew()
    {
        var token = Valid with { IssuedAt = _host.Time.GetUtcNow() - TimeSpan.FromHours(1) - TimeSpan.FromMinutes(4) };
        var response = await _host.PostActivityAsync(_driver.ChannelMessage(Alice, General, "incident help"), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task When_the_signing_keys_cannot_be_read_requests_are_refused_not_failed()
    {
        await using var host = await TeamsBotHost.StartAsync(_teams, new() { ["Teams:OpenIdMetadataUrl"] = "http://127.0.0.1:9/.well-known/openidconfiguration" });
        var log = new LogRecorder();
        host.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);
        var response = await host.PostActivityAsync(new TeamsDriver(host).ChannelMessage(Alice, General, "incident help"), Valid);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("signing keys could not be read", await response.Content.ReadAsStringAsync());
        // Read again on the next request: an expected condition, one line without a stack trace.
        var line = Assert.Single(log.Of<BotFrameworkAuthenticator>());
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Null(line.Exception);
        Assert.StartsWith("Could not read the Bot Framework signing keys from http://127.0.0.1:9/.well-known/openidconfiguration (", line.Message);
    }

    [Fact]
    public async Task An_activity_from_another_tenant_is_refused()
    {
        var activity = _driver.ChannelMessage(Alice, General, "incident declare P1 Elsewhere");
        activity["channelData"]!["tenant"]!["id"] = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        var response = await _host.PostActivityAsync(activity, Valid);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Teams__TenantId", await response.Content.ReadAsStringAsync());
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_request_without_a_bearer_token_is_refused()
    {
        var body = _driver.ChannelMessage(Alice, General, "incident declare P1 No token").ToJsonString();
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(body, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(body, "Basic dXNlcjpwYXNz")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(body, "Bearer not-a-jwt")).StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_key_published_after_start_is_picked_up_when_a_token_names_it()
    {
        Assert.Equal(HttpStatusCode.OK, (await _host.PostActivityAsync(_driver.ChannelMessage(Alice, General, "incident help"), Valid)).StatusCode);
        var reads = _teams.KeySetReads;

        var rotated = _teams.Rotate("key-2");
        _host.Time.Advance(TimeSpan.FromMinutes(6));
        var response = await _host.PostActivityAsync(_driver.ChannelMessage(Alice, General, "incident help"), Valid with { Key = rotated, IssuedAt = _host.Time.GetUtcNow() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(reads + 1, _teams.KeySetReads);
    }

    [Fact]
    public async Task Unknown_key_ids_do_not_make_the_bot_read_the_keys_again_and_again()
    {
        await _host.PostActivityAsync(_driver.ChannelMessage(Alice, General, "incident help"), Valid);
        var reads = _teams.KeySetReads;
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostActivityAsync(_driver.ChannelMessage(Alice, General, "incident help"), Valid with { Key = new SigningKey($"random-{i}") })).StatusCode);
        Assert.True(_teams.KeySetReads <= reads + 1, $"read the key set {_teams.KeySetReads - reads} more times");
    }

    [Fact]
    public async Task A_key_not_endorsed_for_teams_is_refused()
    {
        var skypeOnly = _teams.Rotate("skype-only", "skype");
        var response = await _host.PostActivityAsync(_driver.ChannelMessage(Alice, General, "incident help"), Valid with { Key = skypeOnly });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not endorsed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_verified_request_with_a_body_that_is_not_an_activity_gets_400()
    {
        var token = "Bearer " + Valid.Encode();
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.PostAsync("{not json", token)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _host.PostAsync("[1,2]", token)).StatusCode);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var activity = _driver.ChannelMessage(Alice, General, "incident note " + new string('x', 600 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _host.PostActivityAsync(activity, Valid)).StatusCode);
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.CountAsync());
        Assert.DoesNotContain(_teams.Calls, c => c.Path.StartsWith("/connector", StringComparison.Ordinal) || c.Path.StartsWith("/graph", StringComparison.Ordinal));
    }
}
