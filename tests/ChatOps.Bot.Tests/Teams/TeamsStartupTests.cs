using ChatOps.Bot.Host;

namespace ChatOps.Bot.Tests.Teams;

/// <summary>Starting with Teams credentials but an incomplete configuration names exactly what to set.</summary>
public sealed class TeamsStartupTests
{
    [Fact]
    public async Task Missing_tenant_and_team_are_named_and_the_bot_does_not_start()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BotProgram.RunAsync([], TextReader.Null, output, error, TimeProvider.System,
            [new("Teams:AppId", "6f0b7e34-0d2c-4c1c-9d7a-3f1e0c5a9b21"), new("Teams:AppPassword", "secret"), new("Teams:TenantId", ""), new("Teams:TeamId", ""), new("Teams:GraphBaseUrl", "graph")]);
        Assert.Equal(1, code);
        Assert.Contains("Teams__TenantId is not set", error.ToString());
        Assert.Contains("Teams__TeamId is not set", error.ToString());
        Assert.Contains("Teams__GraphBaseUrl 'graph' is not an absolute http(s) URL", error.ToString());
    }
}
