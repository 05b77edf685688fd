using ChatOps.Bot.Outbound;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Bot.Tests.StatusPage.Atlassian;

/// <summary>One request a second to Statuspage across the process, on the bot's clock.</summary>
public sealed class StatuspagePacingTests
{
    [Fact]
    public void A_delivery_books_a_second_per_request_and_the_next_waits_until_they_have_passed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
        var pacing = new StatuspagePacing(clock);

        Assert.Equal(TimeSpan.Zero, pacing.Book(2));
        Assert.Equal(TimeSpan.FromSeconds(2), pacing.Book(1));
        clock.Advance(TimeSpan.FromMilliseconds(1500));
        Assert.Equal(TimeSpan.FromMilliseconds(500), pacing.Book(1));
        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(TimeSpan.Zero, pacing.Book(1));
        Assert.Equal(TimeSpan.FromSeconds(1), pacing.Book(1));
    }
}
