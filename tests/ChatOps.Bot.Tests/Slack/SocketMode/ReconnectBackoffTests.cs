using ChatOps.Bot.Slack.SocketMode;

namespace ChatOps.Bot.Tests.Slack.SocketMode;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Delays_double_from_one_second_up_to_thirty_and_start_over_after_a_reset()
    {
        var backoff = new ReconnectBackoff();

        var delays = Enumerable.Range(0, 7).Select(_ => backoff.Next().TotalSeconds).ToList();
        backoff.Reset();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30], delays);
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }
}
