using ChatOps.Bot.Tests.Slack.Fakes;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>A fake Slack with a workspace's users and channels, the real bot pointed at it, and a driver that plays Slack.</summary>
public abstract class SlackIncidentTest : IAsyncLifetime
{
    public const string Alice = "U0ALICE001";
    public const string Bob = "U0BOB00001";
    public const string OnCall = "U0ONCALL01";
    public const string Lead = "U0LEAD0001";
    public const string Cto = "U0CTO00001";
    public const string Head = "U0HEAD0001";
    public const string General = "C0GENERAL1";
    public const string Announce = "CANNOUNCE1";
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public FakeSlackServer Slack { get; private set; } = null!;
    public SlackBotHost Host { get; private set; } = null!;
    public SlackDriver Driver { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Slack = await StartWorkspaceAsync();
        var settings = BotSettings();
        Configure(settings);
        Host = await SlackBotHost.StartAsync(Slack.BaseUrl.ToString(), time: StartClock() ?? Clock, extra: settings, runbook: Runbook);
        Driver = new SlackDriver(Host, Slack);
    }

    /// <summary>A fake Slack with the workspace's channels and people.</summary>
    public static async Task<FakeSlackServer> StartWorkspaceAsync()
    {
        var slack = await FakeSlackServer.StartAsync();
        slack.AddChannel(General, "general");
        slack.AddChannel(Announce, "incidents");
        slack.AddUser(Alice, "alice");
        slack.AddUser(Bob, "bob");
        slack.AddUser(OnCall, "oncall");
        slack.AddUser(Lead, "lead");
        slack.AddUser(Cto, "cto", "The CTO", "cto@example.com");
        slack.AddUser(Head, "head");
        return slack;
    }

    /// <summary>The bot's settings for that workspace: announce channel and the runbook's people.</summary>
    public static Dictionary<string, string?> BotSettings() => new()
    {
        ["Slack:AnnounceChannel"] = Announce,
        ["Slack:People:oncall-engineer"] = OnCall,
        ["Slack:People:engineering-lead"] = Lead,
        ["Slack:People:cto"] = "cto@example.com",
        ["Slack:People:head-of-engineering"] = Head,
    };

    /// <summary>The bot's clock, when a test needs it before the bot starts (null: the host makes one).</summary>
    protected virtual FakeTimeProvider? Clock => null;

    /// <summary>The bot's runbook (null: the embedded one).</summary>
    protected virtual Core.Runbooks.Runbook? Runbook => null;

    /// <summary>The bot's clock, when a test needs another start than <see cref="Support.LoopbackBotHost.Start"/>.</summary>
    protected virtual FakeTimeProvider? StartClock() => null;

    /// <summary>Changes the bot's settings before it starts (e.g. Socket Mode instead of signed HTTP).</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Slack.DisposeAsync();
    }

    protected Task<SlackCall> PostedAsync(string channel, string contains) =>
        Slack.WaitForCallAsync("chat.postMessage", c => c.Arg("channel") == channel && (c.Body.Contains(contains, StringComparison.Ordinal) || (c.Arg("text") ?? "").Contains(contains, StringComparison.Ordinal)), Wait);

    protected async Task<FakeChannel> DeclareAsync(string text = "declare P0 Checkout is down", string user = Alice)
    {
        var response = await Driver.SlashAsync(user, General, text);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await Slack.WaitForCallAsync("pins.add", null, Wait);
        return Slack.Channels.Single(c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
    }
}
