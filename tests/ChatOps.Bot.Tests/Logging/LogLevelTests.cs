using ChatOps.Bot.Host;
using ChatOps.Bot.Runbooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Tests.Logging;

/// <summary>The web host's default levels: the bot at Information, the framework's chatter from Warning, each overridable.</summary>
public sealed class LogLevelTests
{
    [Theory]
    [InlineData("ChatOps.Bot.Engine.IncidentEventLog", true)]
    [InlineData("System.Net.Http.HttpClient.SlackApiClient.LogicalHandler", false)]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics", false)]
    [InlineData("Microsoft.EntityFrameworkCore.Database.Command", false)]
    public async Task By_default_only_the_bots_own_information_lines_are_written(string category, bool written)
    {
        Assert.Equal(written, await InformationEnabledAsync(category, []));
    }

    [Fact]
    public async Task The_standard_settings_bring_the_http_client_lines_back()
    {
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Information" };

        Assert.True(await InformationEnabledAsync("System.Net.Http.HttpClient.SlackApiClient.LogicalHandler", settings));
    }

    private static async Task<bool> InformationEnabledAsync(string category, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var app = BotHost.Build([], configuration, RunbookSource.LoadEmbedded().Runbook!, TimeProvider.System);
        return app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category).IsEnabled(LogLevel.Information);
    }
}
