using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Tests.Support;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Bot.Tests.Slack.Api;

/// <summary>A <see cref="SlackApiClient"/> talking real HTTP to a <see cref="FakeSlackServer"/> on loopback, on a manual clock.</summary>
public abstract class SlackApiTest : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Upper bound for waiting on real I/O; tests never wait this long when they pass.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http = new();

    protected FakeSlackServer Slack { get; private set; } = null!;

    protected TimerCountingFakeTimeProvider Time { get; } = new(Start);

    protected SlackApiClient Client { get; private set; } = null!;

    protected static CancellationToken None => CancellationToken.None;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlackServer.StartAsync();
        Client = CreateClient(postInterval: TimeSpan.Zero);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await Slack.DisposeAsync();
    }

    protected SlackApiClient CreateClient(TimeSpan postInterval, int maxRetries = 5, string token = "xoxb-test-token") =>
        new(_http, new SlackApiOptions
        {
            BotToken = token,
            ApiBaseUrl = Slack.BaseUrl,
            PostInterval = postInterval,
            MaxRetries = maxRetries,
        }, Time, UnexportedMetrics.ChatApi(), NullLogger<SlackApiClient>.Instance);

    protected int CallCount(string method) => Slack.Calls.Count(c => c.Method == method);
}
