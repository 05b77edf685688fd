using System.Net;
using ChatOps.Bot.Slack.Api;

namespace ChatOps.Bot.Tests.Slack.Api;

/// <summary>HTTP 429 is waited out for Retry-After on the clock and retried, up to MaxRetries.</summary>
public sealed class RateLimitTests : SlackApiTest
{
    [Fact]
    public async Task A_429_waits_retry_after_seconds_then_succeeds()
    {
        Slack.AddChannel("C1", "general");
        Slack.FailNext(SlackMethods.ChatPostMessage, 429, retryAfterSeconds: "3");

        var post = Client.PostMessageAsync("C1", "hello", null, None);
        await Time.WaitForPendingTimersAsync().WaitAsync(Patience);
        Time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromMilliseconds(1));

        Assert.False(post.IsCompleted);
        Assert.Equal(1, CallCount(SlackMethods.ChatPostMessage));

        Time.Advance(TimeSpan.FromMilliseconds(1));
        var ts = await post.WaitAsync(Patience);

        Assert.Equal(2, CallCount(SlackMethods.ChatPostMessage));
        Assert.NotNull(Slack.Channel("C1")!.FindMessage(ts));
    }

    [Fact]
    public async Task Without_retry_after_the_wait_is_one_second()
    {
        Slack.AddChannel("C1", "general");
        Slack.FailNext(SlackMethods.ConversationsSetTopic, 429);

        var call = Client.SetTopicAsync("C1", "topic", None);
        await Time.WaitForPendingTimersAsync().WaitAsync(Patience);
        Time.Advance(TimeSpan.FromSeconds(1));
        await call.WaitAsync(Patience);

        Assert.Equal("topic", Slack.Channel("C1")!.Topic);
        Assert.Equal(Start.AddSeconds(1), Time.GetUtcNow());
    }

    [Fact]
    public async Task After_max_retries_the_call_fails_as_ratelimited()
    {
        var client = CreateClient(TimeSpan.Zero, maxRetries: 2);
        for (var i = 0; i < 3; i++)
        {
            Slack.FailNext(SlackMethods.UsersInfo, 429, "1");
        }

        var lookup = client.GetUserAsync("U1", None);
        for (var retry = 0; retry < 2; retry++)
        {
            await Time.WaitForPendingTimersAsync().WaitAsync(Patience);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<SlackApiException>(() => lookup.WaitAsync(Patience));
        Assert.Equal("ratelimited", error.Error);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(3, CallCount(SlackMethods.UsersInfo));
    }

    [Fact]
    public async Task Cancelling_during_the_wait_stops_the_retry()
    {
        Slack.FailNext(SlackMethods.UsersInfo, 429, "30");
        using var cancel = new CancellationTokenSource();

        var lookup = Client.GetUserAsync("U1", cancel.Token);
        await Time.WaitForPendingTimersAsync().WaitAsync(Patience);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lookup.WaitAsync(Patience));
        Assert.Equal(1, CallCount(SlackMethods.UsersInfo));
    }
}
