using System.Text.RegularExpressions;
using ChatOps.Bot.Host;

namespace ChatOps.Bot.Tests.CommandLine;

/// <summary>The built bot's command line: --help, --version, and --urls where there is no web host to take it.</summary>
public sealed class CommandLineTests : BotRunTest
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public async Task Help_lists_the_verbs_the_options_and_the_main_settings()
    {
        var run = await RunAsync(NoSettings, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        foreach (var expected in new[]
                 {
                     "shell [--script FILE]", "runbook check FILE", "teams package OUT.zip [--app-id GUID]", "--urls URLS", "--version", "--verbose",
                     "Slack__BotToken", "Slack__SigningSecret", "Slack__AppToken", "Teams__AppId", "Teams__AppPassword", "Teams__TenantId", "Teams__TeamId",
                     "Storage__Provider", "ConnectionStrings__ChatOps", "Runbook__Path", "PostMortems__Directory", "Logging__LogLevel__Default",
                     "Logging__Console__FormatterName",
                 })
            Assert.Contains(expected, run.Output);
        Assert.False(File.Exists(Path.Combine(Folder, "chatops.db")));
    }

    [Fact]
    public async Task Version_prints_the_informational_version()
    {
        var run = await RunAsync(NoSettings, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(new Regex(@"^ChatOps \d+\.\d+\.\d+\S*$"), Assert.Single(run.OutputLines));
        Assert.Equal($"ChatOps {BotProgram.Version}", run.OutputLines[0]);
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:0")]
    [InlineData("shell", "--urls", "http://127.0.0.1:0")]
    public async Task Urls_without_slack_or_teams_is_explained(params string[] args)
    {
        var run = await RunAsync(NoSettings, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(BotProgram.UrlsWithoutWebHost, Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(Path.Combine(Folder, "chatops.db")));
    }

    [Fact]
    public async Task An_unknown_verb_prints_the_usage()
    {
        var run = await RunAsync(NoSettings, "frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Unknown command 'frobnicate'.", run.Error);
        Assert.Contains("usage:", run.Error);
    }
}
