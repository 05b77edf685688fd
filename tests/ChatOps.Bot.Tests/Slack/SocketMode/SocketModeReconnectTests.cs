using ChatOps.Bot.Signals;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Slack.SocketMode;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Bot.Tests.Support;
using ChatOps.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Tests.Slack.SocketMode;

/// <summary>
/// A Socket Mode client on a clock of its own (its backoff waits are the only timers on it) against the fake Slack:
/// failed attempts wait 1 s, 2 s, ...; a hello starts the count over.
/// </summary>
public sealed class SocketModeReconnectTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly TimerCountingFakeTimeProvider _clock = new(SlackBotHost.Start);
    private readonly LogRecorder _log = new();
    private FakeSlackServer _slack = null!;
    private SlackBotHost _host = null!;
    private SocketModeClient _client = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackBotHost.StartAsync(_slack.BaseUrl.ToString());
        var services = _host.Services;
        var dispatcher = new SocketModeDispatcher(
            services.GetRequiredService<SlackCommandEndpoint>(), services.GetRequiredService<SlackInteractionEndpoint>(),
            services.GetRequiredService<SlackEventEndpoint>(), NullLogger<SocketModeDispatcher>.Instance);
        var options = Options.Create(new SlackOptions { AppToken = "xapp-1-A111-test", BotToken = "xoxb-test-token", SigningSecret = SlackBotHost.SigningSecret });
        _client = new SocketModeClient(options, services, dispatcher, services.GetRequiredService<RequestsInFlight>(), _clock, _log.For<SocketModeClient>());
    }

    public async Task DisposeAsync()
    {
        await _client.StopAsync(CancellationToken.None);
        _client.Dispose();
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public void A_bot_without_an_app_token_runs_no_socket_mode_client()
    {
        Assert.Empty(_host.Services.GetServices<IHostedService>().OfType<SocketModeClient>());
    }

    [Fact]
    public async Task Failed_attempts_back_off_and_a_hello_starts_the_backoff_over()
    {
        _slack.FailNextWithError(FakeSlackServer.AppsConnectionsOpen, "internal_error");
        _slack.FailNext(FakeSlackServer.AppsConnectionsOpen, 503);
        await _client.StartAsync(CancellationToken.None);

        await ExpectBackoffAsync(TimeSpan.FromSeconds(1));
        await ExpectBackoffAsync(TimeSpan.FromSeconds(2));
        var first = await _slack.WaitForSocketAsync(1, Wait);
        await first.SendAsync(PublishedFrames.Hello());
        await first.CloseAsync();

        await ExpectBackoffAsync(TimeSpan.FromSeconds(1));
        var second = await _slack.WaitForSocketAsync(2, Wait);
        await second.CloseAsync();

        await ExpectBackoffAsync(TimeSpan.FromSeconds(2));
        await _slack.WaitForSocketAsync(3, Wait);
        AssertOneLinePerReconnect(4);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_drops_the_connection_and_the_bot_reconnects_after_its_backoff()
    {
        await _client.StartAsync(CancellationToken.None);
        var first = await _slack.WaitForSocketAsync(1, Wait);
        await first.SendAsync(PublishedFrames.Hello());

        try
        {
            await first.SendAsync(new string(' ', SocketModeFrames.MaxMessageBytes + 1));
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or OperationCanceledException or IOException)
        {
            // The bot may hang up before the whole message is out; how the send then fails depends on timing.
        }
        await first.Closed.Task.WaitAsync(Wait);

        await ExpectBackoffAsync(ReconnectBackoff.First);
        var second = await _slack.WaitForSocketAsync(2, Wait);
        await second.SendAsync(PublishedFrames.SlashCommand("after-oversized", "U0ALICE001", "C0GENERAL1", "help", "trigger.after", _slack.ResponseUrl("after")));
        var ack = await _slack.WaitForAckAsync("after-oversized", Wait);
        Assert.Contains("Commands:", ack["payload"]!["text"]!.GetValue<string>());
        var line = Assert.Single(_log.Of<SocketModeClient>(), e => e.Level == LogLevel.Warning);
        Assert.StartsWith($"Slack Socket Mode connection failed: A Socket Mode message exceeded {SocketModeFrames.MaxMessageBytes} bytes; reconnecting in", line.Message);
    }

    /// <summary>A reconnect is an expected condition: one warning line each, saying why and when, with no stack trace.</summary>
    private void AssertOneLinePerReconnect(int reconnects)
    {
        var entries = _log.Of<SocketModeClient>();
        Assert.All(entries, e => Assert.Null(e.Exception));
        var warnings = entries.Where(e => e.Level == LogLevel.Warning).ToList();
        Assert.Equal(reconnects, warnings.Count);
        Assert.All(warnings, w => Assert.Matches(@"^Slack Socket Mode .+; reconnecting in 00:00:0\d$", w.Message));
        Assert.StartsWith("Slack Socket Mode could not get a connection URL:", warnings[0].Message);
        Assert.StartsWith("Slack Socket Mode connection closed by Slack", warnings[2].Message);
    }

    /// <summary>The client is waiting exactly <paramref name="delay"/>: not done a moment before, done at it.</summary>
    private async Task ExpectBackoffAsync(TimeSpan delay)
    {
        await _clock.WaitForPendingTimersAsync().WaitAsync(Wait);
        _clock.Advance(delay - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, _clock.PendingTimers);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
    }
}
