using ChatOps.Core.Time;

namespace ChatOps.Core.Tests.Time;

public class DurationTextTests
{
    [Theory]
    [InlineData("5m", 0, 5, 0)]
    [InlineData("1h", 1, 0, 0)]
    [InlineData("1d", 24, 0, 0)]
    [InlineData("1h30m", 1, 30, 0)]
    [InlineData("90s", 0, 1, 30)]
    [InlineData(" 15M ", 0, 15, 0)]
    public void Reads_valid_durations(string text, int hours, int minutes, int seconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(new TimeSpan(hours, minutes, seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    [InlineData("5")]
    [InlineData("5x")]
    [InlineData("-5m")]
    [InlineData("m")]
    [InlineData("30m1h")]
    [InlineData("99999999999999999999d")]
    public void Rejects_invalid_durations(string? text)
    {
        Assert.False(DurationText.TryParse(text, out _));
    }

    [Theory]
    [InlineData("5m")]
    [InlineData("1h30m")]
    [InlineData("1d")]
    [InlineData("2d3h4m5s")]
    public void Format_reads_back_as_the_same_duration(string text)
    {
        Assert.True(DurationText.TryParse(text, out var duration));

        Assert.Equal(text, DurationText.Format(duration));
    }
}
