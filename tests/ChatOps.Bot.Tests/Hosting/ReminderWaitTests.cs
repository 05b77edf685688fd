using ChatOps.Bot.Workers;

namespace ChatOps.Bot.Tests.Hosting;

/// <summary>How long the reminder worker sleeps after a round: never when a reminder fell due while a round that fired ran or after the round last looked.</summary>
public sealed class ReminderWaitTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_reminder_that_fell_due_during_a_round_that_fired_starts_the_next_round_at_once() =>
        Assert.Equal(TimeSpan.Zero, ReminderWorker.WaitAfterRound(fired: 1, Now.AddMilliseconds(-30), Now, looked: Now.AddMilliseconds(-40)));

    [Fact]
    public void A_reminder_that_fell_due_after_the_round_last_looked_starts_the_next_round_at_once_even_when_the_round_fired_nothing() =>
        Assert.Equal(TimeSpan.Zero, ReminderWorker.WaitAfterRound(fired: 0, Now.AddMilliseconds(-1), Now, looked: Now.AddMilliseconds(-2)));

    [Fact]
    public void A_due_reminder_after_a_round_that_fired_nothing_is_held_up_so_the_worker_looks_again_shortly_instead_of_spinning() =>
        Assert.Equal(TimeSpan.FromMilliseconds(100), ReminderWorker.WaitAfterRound(fired: 0, Now.AddMilliseconds(-30), Now, looked: Now.AddMilliseconds(-5)));

    [Fact]
    public void The_wait_is_rounded_up_to_a_whole_millisecond_so_the_worker_never_wakes_before_the_reminder_is_due() =>
        Assert.Equal(TimeSpan.FromMilliseconds(39), ReminderWorker.WaitAfterRound(fired: 0, Now.AddTicks(376_000), Now, Now));

    [Fact]
    public void The_worker_sleeps_until_the_next_reminder_falls_due_and_at_most_a_second() =>
        Assert.Equal(
            [TimeSpan.FromMilliseconds(251), ReminderWorker.Interval, ReminderWorker.Interval],
            [ReminderWorker.WaitAfterRound(3, Now.AddMilliseconds(250), Now, Now), ReminderWorker.WaitAfterRound(0, Now.AddMinutes(5), Now, Now), ReminderWorker.WaitAfterRound(0, null, Now, Now)]);
}
