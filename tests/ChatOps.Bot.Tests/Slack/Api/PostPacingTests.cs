using ChatOps.Bot.Protocol;
namespace ChatOps.Bot.Tests.Slack.Api;

/// <summary>chat.postMessage goes out at most once per channel per PostInterval, waiting on the clock.</summary>
public sealed class PostPacingTests : SlackApiTest
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_second_post_to_the_same_channel_waits_the_interval()
    {
        Slack.AddChannel("C1", "inc-one");
        var client = CreateClient(Interval);
        await client.PostMessageAsync("C1", "first", null, None);

        var second = client.PostMessageAsync("C1", "second", null, None);
        Time.Advance(Interval - TimeSpan.FromMilliseconds(1));

        Assert.False(second.IsCompleted);
        Assert.Single(Slack.Channel("C1")!.Messages);

        Time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(Patience);

        Assert.Equal(new[] { "first", "second" }, Slack.Channel("C1")!.Messages.Select(m => (string?)m["text"]));
    }

    [Fact]
    public async Task Posts_to_different_channels_do_not_wait_for_each_other()
    {
        Slack.AddChannel("C1", "inc-one");
        Slack.AddChannel("C2", "inc-two");
        var client = CreateClient(Interval);

        await client.PostMessageAsync("C1", "one", null, None).WaitAsync(Patience);
        await client.PostMessageAsync("C2", "two", null, None).WaitAsync(Patience);

        Assert.Equal(0, Time.PendingTimers);
        Assert.Equal(Start, Time.GetUtcNow());
    }

    [Fact]
    public async Task A_burst_is_spread_one_interval_apart_in_order()
    {
        Slack.AddChannel("C1", "inc-one");
        var client = CreateClient(Interval);

        var posts = Enumerable.Range(1, 3).Select(i => client.PostMessageAsync("C1", $"update {i}", null, None)).ToList();
        await posts[0].WaitAsync(Patience);
        Time.Advance(Interval);
        await posts[1].WaitAsync(Patience);
        Assert.False(posts[2].IsCompleted);
        Time.Advance(Interval);
        await posts[2].WaitAsync(Patience);

        Assert.Equal(new[] { "update 1", "update 2", "update 3" }, Slack.Channel("C1")!.Messages.Select(m => (string?)m["text"]));
    }

    [Fact]
    public async Task After_a_quiet_interval_a_post_goes_straight_out()
    {
        Slack.AddChannel("C1", "inc-one");
        var client = CreateClient(Interval);
        await client.PostMessageAsync("C1", "first", null, None);
        Time.Advance(TimeSpan.FromSeconds(5));

        await client.PostMessageAsync("C1", "later", null, None).WaitAsync(Patience);

        Assert.Equal(0, Time.PendingTimers);
    }

    [Fact]
    public async Task A_zero_interval_turns_pacing_off()
    {
        Slack.AddChannel("C1", "inc-one");

        await Client.PostMessageAsync("C1", "one", null, None).WaitAsync(Patience);
        await Client.PostMessageAsync("C1", "two", null, None).WaitAsync(Patience);

        Assert.Equal(2, Slack.Channel("C1")!.Messages.Count);
    }

    [Fact]
    public async Task A_booked_post_waits_in_the_outbox_for_its_own_slot_and_then_goes_without_taking_another()
    {
        Slack.AddChannel("C1", "incidents");
        var client = CreateClient(Interval);
        await client.PostMessageAsync("C1", "first", null, None);

        // Two announcements of a burst book consecutive slots instead of all waiting for the next free one.
        Assert.Equal(Interval, client.BookPost("C1", "effect-a"));
        Assert.Equal(Interval * 2, client.BookPost("C1", "effect-b"));
        Assert.Equal(Interval, client.BookPost("C1", "effect-a"));

        Time.Advance(Interval);
        Assert.Equal(TimeSpan.Zero, client.BookPost("C1", "effect-a"));
        await client.PostMessageAsync("C1", "second", null, None, slotBooked: true).WaitAsync(Patience);

        Assert.Equal(Interval, client.BookPost("C1", "effect-b"));
        Assert.Equal(new[] { "first", "second" }, Slack.Channel("C1")!.Messages.Select(m => (string?)m["text"]));
    }
}
