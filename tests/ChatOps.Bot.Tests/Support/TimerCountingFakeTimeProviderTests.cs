using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Support;

/// <summary>The counting clock knows which of its timers are still waiting, and its timers fire as FakeTimeProvider's do.</summary>
public sealed class TimerCountingFakeTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_delay_counts_until_the_clock_passes_it()
    {
        var clock = new TimerCountingFakeTimeProvider(Start);

        var delay = Task.Delay(TimeSpan.FromSeconds(5), clock);
        Assert.Equal(1, clock.PendingTimers);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(1, clock.PendingTimers);
        Assert.False(delay.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        await delay.WaitAsync(Patience);
        Assert.Equal(0, clock.PendingTimers);
    }

    [Fact]
    public void A_periodic_timer_fires_once_per_period_and_counts_until_it_is_disposed()
    {
        var clock = new TimerCountingFakeTimeProvider(Start);
        var states = new List<object?>();
        var timer = clock.CreateTimer(states.Add, "tick", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(3.5));
        Assert.Equal(["tick", "tick", "tick"], states);
        Assert.Equal(1, clock.PendingTimers);

        timer.Dispose();
        Assert.Equal(0, clock.PendingTimers);
    }

    [Fact]
    public void A_stopped_timer_does_not_count_and_a_restarted_one_does()
    {
        var clock = new TimerCountingFakeTimeProvider(Start);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Assert.Equal(0, clock.PendingTimers);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, fired);

        timer.Change(TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        Assert.Equal(1, clock.PendingTimers);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, fired);
        Assert.Equal(0, clock.PendingTimers);
    }

    [Fact]
    public void An_already_due_timer_fires_at_once_and_is_not_left_counted()
    {
        var clock = new TimerCountingFakeTimeProvider(Start);
        var fired = 0;

        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        Assert.Equal(1, fired);
        Assert.Equal(0, clock.PendingTimers);
    }

    [Fact]
    public async Task Waiting_for_pending_timers_completes_once_someone_waits_on_the_clock()
    {
        var clock = new TimerCountingFakeTimeProvider(Start);
        var waiting = clock.WaitForPendingTimersAsync(2);
        var first = Task.Delay(TimeSpan.FromSeconds(1), clock);
        Assert.False(waiting.IsCompleted);

        var second = Task.Delay(TimeSpan.FromSeconds(2), clock);
        await waiting.WaitAsync(Patience);
        clock.Advance(TimeSpan.FromSeconds(2));

        await Task.WhenAll(first, second).WaitAsync(Patience);
        Assert.Equal(Start.AddSeconds(2), clock.GetUtcNow());
    }
}
