using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Tests.Support;
using ChatOps.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Bot.Tests.Slack.Api;

/// <summary>When Slack cannot be reached or does not answer in time, the caller gets a SlackApiException, not a raw HTTP error.</summary>
public sealed class TransportFailureTests
{
    [Fact]
    public async Task A_timeout_is_reported_as_timeout()
    {
        var client = ClientFailingWith(new TaskCanceledException("HttpClient.Timeout elapsed", new TimeoutException()));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.ArchiveAsync("C1", CancellationToken.None));

        Assert.Equal((SlackMethods.ConversationsArchive, "timeout"), (error.Method, error.Error));
    }

    [Fact]
    public async Task An_unreachable_slack_is_reported_as_connection_failed()
    {
        var client = ClientFailingWith(new HttpRequestException("Connection refused"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.PostMessageAsync("C1", "hi", null, CancellationToken.None));

        Assert.Equal("connection_failed", error.Error);
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_a_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var client = ClientFailingWith(new TaskCanceledException());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ArchiveAsync("C1", cancel.Token));
    }

    private static SlackApiClient ClientFailingWith(Exception failure) =>
        new(new HttpClient(new FailingHandler(failure)),
            new SlackApiOptions { BotToken = "xoxb-test", ApiBaseUrl = new Uri("http://127.0.0.1:9/api/"), PostInterval = TimeSpan.Zero },
            new FakeTimeProvider(DateTimeOffset.UnixEpoch), UnexportedMetrics.ChatApi(), NullLogger<SlackApiClient>.Instance);

    private sealed class FailingHandler(Exception failure) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(failure);
    }
}
