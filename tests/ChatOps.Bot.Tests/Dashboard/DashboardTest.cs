using ChatOps.Bot.Tests.Slack.Host;
using Microsoft.Playwright;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>
/// The real bot host on Slack (the fake workspace) with the dashboard signed in through a fake OpenID Connect
/// provider, and one shared browser for the class.
/// </summary>
public abstract class DashboardTest(BrowserFixture browser) : SlackIncidentTest, IClassFixture<BrowserFixture>
{
    public const string AliceEmail = "alice@example.com";
    public const string BobEmail = "bob@example.com";
    public const string HeadEmail = "head@example.com";

    protected BrowserFixture Browser => browser;

    public FakeOidcProvider Oidc { get; private set; } = null!;

    /// <summary>The dashboard's address on the host, <c>http://127.0.0.1:PORT/dashboard</c>.</summary>
    protected string Dashboard => Host.Client.BaseAddress!.ToString().TrimEnd('/') + "/dashboard";

    public override async Task InitializeAsync()
    {
        Oidc = await FakeOidcProvider.StartAsync();
        await base.InitializeAsync();
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Web:Oidc:Authority"] = Oidc.Authority;
        settings["Web:Oidc:ClientId"] = FakeOidcProvider.ClientId;
        settings["Web:Oidc:ClientSecret"] = FakeOidcProvider.ClientSecret;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Oidc.DisposeAsync();
    }

    /// <summary>A new browser context signed in as that Slack user through the provider, on the incidents list.</summary>
    protected async Task<IPage> SignInAsync(string slackUser, string email, string name)
    {
        Oidc.SignInAs("sub-" + slackUser, email, name, slackUser);
        var page = await Browser.NewPageAsync();
        var response = await page.GotoAsync(Dashboard + "/incidents");
        Assert.True(response!.Ok, $"signing in ended with {response.Status} at {page.Url}");
        Assert.StartsWith(Dashboard + "/incidents", page.Url);
        await Assertions.Expect(page.Locator("header .user")).ToHaveTextAsync(name);
        return page;
    }

    protected static async Task CloseAsync(IPage page) => await page.Context.CloseAsync();
}
