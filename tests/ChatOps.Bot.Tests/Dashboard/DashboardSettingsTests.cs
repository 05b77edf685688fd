using ChatOps.Bot.Web.Dashboard;
using Microsoft.Extensions.Configuration;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>Each wrong dashboard setting is one line that names its key.</summary>
public sealed class DashboardSettingsTests
{
    [Theory]
    [InlineData("Web:Oidc:ClientId=dash;Web:Oidc:ClientSecret=s", "Web__Oidc__Authority is not set")]
    [InlineData("Web:Oidc:Authority=https://login.example.com;Web:Oidc:ClientSecret=s", "Web__Oidc__ClientId is not set")]
    [InlineData("Web:Oidc:Authority=https://login.example.com;Web:Oidc:ClientId=dash", "Web__Oidc__ClientSecret is not set")]
    [InlineData("Web:Oidc:Authority=http://login.example.com;Web:Oidc:ClientId=dash;Web:Oidc:ClientSecret=s", "Web__Oidc__Authority 'http://login.example.com' is not HTTPS")]
    [InlineData("Web:Oidc:Authority=login;Web:Oidc:ClientId=dash;Web:Oidc:ClientSecret=s", "Web__Oidc__Authority 'login' is not a URL")]
    [InlineData("Web:Urls=http://0.0.0.0:8765", "Web__Urls 'http://0.0.0.0:8765' is not a loopback address")]
    [InlineData("Web:Urls=soon", "Web__Urls 'soon' is not an address to listen on")]
    public void A_wrong_setting_is_one_line_naming_its_key(string settings, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Split(';').Select(s => s.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], (string?)p[1]))).Build();

        var problem = Assert.Single(DashboardOptions.Read(configuration).Problems());

        Assert.StartsWith(expected, problem);
        Assert.DoesNotContain('\n', problem);
    }

    [Fact]
    public void Local_mode_on_loopback_and_a_complete_provider_are_fine()
    {
        Assert.Empty(new DashboardOptions().Problems());
        Assert.Empty(new DashboardOptions { Urls = "http://localhost:9000", Oidc = new() { Authority = "https://accounts.google.com", ClientId = "c", ClientSecret = "s" } }.Problems());
    }
}
