using ChatOps.Bot.Host;
using ChatOps.Bot.Outbound;
using Microsoft.Extensions.Configuration;

namespace ChatOps.Bot.Tests.StatusPage.Atlassian;

/// <summary>The Statuspage settings at start-up: half a configuration or a bad address is one line naming the key; the summary never shows the key.</summary>
public sealed class StatuspageSettingsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Theory]
    [InlineData("PageId", "StatusPage__Atlassian__PageId is set but StatusPage__Atlassian__ApiKey is not")]
    [InlineData("ApiKey", "StatusPage__Atlassian__ApiKey is set but StatusPage__Atlassian__PageId is not")]
    public void Half_a_configuration_stops_the_start_with_one_line_naming_the_missing_key(string set, string expected)
    {
        var problems = StartupChecks.Problems(Settings(($"StatusPage:Atlassian:{set}", "abc123")), chat: false);
        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_base_url_that_is_not_absolute_is_named()
    {
        var problems = StartupChecks.Problems(Settings(("StatusPage:Atlassian:PageId", "abc123"), ("StatusPage:Atlassian:ApiKey", "k"), ("StatusPage:Atlassian:ApiBaseUrl", "api/v1")), chat: false);
        Assert.Contains(problems, p => p.StartsWith("StatusPage__Atlassian__ApiBaseUrl 'api/v1' is not an absolute http(s) address", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_line_says_on_or_off_and_never_shows_the_key()
    {
        var on = StatuspageSettings.Describe(StatuspageSettings.Read(Settings(("StatusPage:Atlassian:PageId", "abc123"), ("StatusPage:Atlassian:ApiKey", "secret-key"))));
        Assert.Equal("Atlassian Statuspage sync: on, page abc123 at https://api.statuspage.io/v1/ (at most 1 request a second)", on);
        Assert.DoesNotContain("secret-key", on);
        Assert.StartsWith("Atlassian Statuspage sync: off", StatuspageSettings.Describe(StatuspageSettings.Read(Settings())));
    }
}
