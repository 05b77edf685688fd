using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Support;

/// <summary>The manual clock's timers fire only when the test moves the clock, in due order, at their due time.</summary>
public sealed class ManualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_delay_completes_when_the_clock_is_advanced_past_it_and_not_before()
    {
        var clock = new ManualTimeProvider(Start);

        var delay = Task.Delay(TimeSpan.FromSeconds(5), clock);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(delay.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(2));
        await delay.WaitAsync(Patience);

        Assert.Equal(Start.AddSeconds(6), clock.GetUtcNow());
    }

    [Fact]
    public void Timers_fire_in_due_order_and_see_their_own_due_time()
    {
        var clock = new ManualTimeProvider(Start);
        var fired = new List<(string Name, DateTimeOffset At)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow())), null, TimeSpan.FromMinutes(3), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow())), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal([("early", Start.AddMinutes(1)), ("late", Start.AddMinutes(3))], fired);
        Assert.Equal(Start.AddMinutes(10), clock.GetUtcNow());
        Assert.Equal(0, clock.PendingTimers);
    }

    [Fact]
    public void A_periodic_timer_fires_once_per_period_passed()
    {
        var clock = new ManualTimeProvider(Start);
        var count = 0;
        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(3.5));

        Assert.Equal(3, count);
        Assert.Equal(1, clock.PendingTimers);
    }

    [Fact]
    public void A_disposed_or_rescheduled_timer_does_not_fire_at_its_old_time()
    {
        var clock = new ManualTimeProvider(Start);
        var fired = new List<string>();
        var disposed = clock.CreateTimer(_ => fired.Add("disposed"), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var moved = clock.CreateTimer(_ => fired.Add("moved"), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        disposed.Dispose();
        moved.Change(TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(fired);

        clock.Set(Start.AddSeconds(10));
        Assert.Equal(["moved"], fired);
    }

    [Fact]
    public async Task Waiting_for_pending_timers_completes_once_someone_waits_on_the_clock()
    {
        var clock = new ManualTimeProvider(Start);
        var waiting = clock.WaitForPendingTimersAsync();
        Assert.False(waiting.IsCompleted);

        var delay = Task.Delay(TimeSpan.FromSeconds(1), clock);
        await waiting.WaitAsync(Patience);
        clock.Advance(TimeSpan.FromSeconds(1));

        await delay.WaitAsync(Patience);
    }

    [Fact]
    public void Advance_and_set_still_move_the_clock_without_timers()
    {
        var clock = new ManualTimeProvider(Start);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());

        clock.Set(Start);
        Assert.Equal(Start, clock.GetUtcNow());
    }
}
