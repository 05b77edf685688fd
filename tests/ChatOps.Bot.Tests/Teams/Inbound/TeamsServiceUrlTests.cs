using System.Net;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Teams;
using ChatOps.Bot.Tests.Teams.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Teams.Inbound;

/// <summary>
/// The service URL an activity names is compared with the token's <c>serviceurl</c> claim in one spelling (scheme and
/// host in lower case, slashes collapsed, one trailing slash), and the bot answers at the claim's address in that
/// spelling: never at <c>/CONNECTOR///v3/...</c> because Teams (or someone) spelled it so.
/// </summary>
public sealed class TeamsServiceUrlTests : TeamsIncidentTest
{
    /// <summary>{0} is the fake connector's host and port.</summary>
    public static TheoryData<string, string> Spellings => new()
    {
        { "http://{0}/connector/", "HTTP://{0}/CONNECTOR//" },
        { "http://{0}/connector/", "http://{0}//connector" },
        { "http://{0}/connector/", "http://{0}/connector///" },
        { "HTTP://{0}//connector//", "http://{0}/connector/" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task A_service_url_spelled_otherwise_than_the_claim_is_answered_at_the_claims_address_in_one_spelling(string claim, string sent)
    {
        var message = Driver.ChannelMessage(Alice, General, "incident declare P2 Search is slow");
        message["serviceUrl"] = string.Format(sent, Teams.Root.Authority);
        var token = Teams.Token(Host.Time) with { ServiceUrl = string.Format(claim, Teams.Root.Authority) };

        var response = await Host.PostActivityAsync(message, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Host.InboxIdleAsync();

        await ReplyAsync(General, "Declared INC-2026-001");
        var channel = Assert.Single(Teams.Channels, c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
        Assert.NotEmpty(channel.Messages);
        var connector = Teams.Calls.Where(c => !c.Path.StartsWith("/graph/", StringComparison.Ordinal) && !c.Path.StartsWith("/openid/", StringComparison.Ordinal) && !c.Path.EndsWith("/token", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(connector);
        Assert.All(connector, c => Assert.StartsWith("/connector/v3/conversations", c.Path, StringComparison.Ordinal));
        Assert.DoesNotContain(Teams.Calls, c => c.Path.Contains("//", StringComparison.Ordinal));
        Assert.Equal(Teams.ServiceUrl, await Host.Services.GetRequiredService<TeamsServiceUrl>().GetAsync(CancellationToken.None));
        Assert.True(await StoredServiceUrlAsync() is null || await StoredServiceUrlAsync() == Teams.ServiceUrl);
    }

    [Theory]
    [InlineData("http://localhost:{1}/connector/")]
    [InlineData("http://127.0.0.2:{1}/connector/")]
    [InlineData("http://{0}:{2}/connector/")]
    [InlineData("https://{0}:{1}/connector/")]
    [InlineData("http://{0}:{1}/connector/other/")]
    public async Task A_service_url_on_another_host_port_scheme_or_path_than_the_claim_is_refused(string sent)
    {
        var message = Driver.ChannelMessage(Alice, General, "incident declare P1 Elsewhere");
        message["serviceUrl"] = string.Format(sent, Teams.Root.Host, Teams.Root.Port, Teams.Root.Port + 1);

        var response = await Host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("serviceurl claim does not match", await response.Content.ReadAsStringAsync());
        await AssertNothingDoneAsync();
    }

    [Theory]
    [InlineData("http://attacker@{0}/connector/", "user name or password")]
    [InlineData("http://{0}/connector/?next=http://attacker/", "query")]
    [InlineData("http://{0}/connector/#x", "fragment")]
    [InlineData("ftp://{0}/connector/", "http or https")]
    [InlineData("/connector/", "http or https")]
    public async Task A_service_url_that_is_no_connector_address_is_refused_saying_why(string sent, string why)
    {
        var message = Driver.ChannelMessage(Alice, General, "incident declare P1 Elsewhere");
        message["serviceUrl"] = string.Format(sent, Teams.Root.Authority);

        var response = await Host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("The activity's serviceUrl is not a Bot Connector URL", text);
        Assert.Contains(why, text);
        await AssertNothingDoneAsync();
    }

    [Fact]
    public async Task A_token_whose_serviceurl_claim_is_no_connector_address_is_refused()
    {
        var message = Driver.ChannelMessage(Alice, General, "incident declare P1 Elsewhere");
        var token = Teams.Token(Host.Time) with { ServiceUrl = $"http://attacker@{Teams.Root.Authority}/connector/" };

        var response = await Host.PostActivityAsync(message, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("serviceurl claim is not a service URL", await response.Content.ReadAsStringAsync());
        await AssertNothingDoneAsync();
    }

    private async Task<string?> StoredServiceUrlAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SettingsStore>().GetAsync(TeamsServiceUrl.SettingKey, CancellationToken.None);
    }

    private async Task AssertNothingDoneAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.CountAsync());
        Assert.Null(await StoredServiceUrlAsync());
        Assert.DoesNotContain(Teams.Calls, c => !c.Path.StartsWith("/openid/", StringComparison.Ordinal));
    }
}
