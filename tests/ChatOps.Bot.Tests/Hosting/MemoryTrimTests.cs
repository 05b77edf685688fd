using ChatOps.Bot.Workers;

namespace ChatOps.Bot.Tests.Hosting;

/// <summary>Memory is handed back once a burst is over: not during one, and not for the little an idle bot allocates.</summary>
public sealed class MemoryTrimTests
{
    [Fact]
    public void A_burst_that_is_over_is_trimmed() => Assert.True(MemoryTrim.ShouldTrim(sinceTrim: 300L << 20, lastInterval: 1L << 20));

    [Fact]
    public void A_burst_still_going_on_is_not_interrupted() => Assert.False(MemoryTrim.ShouldTrim(sinceTrim: 300L << 20, lastInterval: 40L << 20));

    [Fact]
    public void An_idle_bot_that_allocated_little_since_the_last_trim_is_left_alone() => Assert.False(MemoryTrim.ShouldTrim(sinceTrim: 10L << 20, lastInterval: 1L << 20));
}
