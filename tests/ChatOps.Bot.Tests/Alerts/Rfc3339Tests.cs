using ChatOps.Bot.Alerts.Parsing;

namespace ChatOps.Bot.Tests.Alerts;

/// <summary>Timestamps as Go (Alertmanager, Grafana), Python (Sentry) and PagerDuty write them.</summary>
public sealed class Rfc3339Tests
{
    [Theory]
    [InlineData("2020-02-06T00:17:58.432911368Z", "2020-02-06T00:17:58.4329113+00:00")]
    [InlineData("2021-10-12T09:51:03.157076+02:00", "2021-10-12T09:51:03.1570760+02:00")]
    [InlineData("2019-08-19T21:06:17.677000Z", "2019-08-19T21:06:17.6770000+00:00")]
    [InlineData("2020-04-09T15:16:27Z", "2020-04-09T15:16:27.0000000+00:00")]
    [InlineData("2024-03-01t02:09:00z", "2024-03-01T02:09:00.0000000+00:00")]
    public void Timestamps_are_read_with_their_offset_and_up_to_seven_fractional_digits(string text, string expected)
    {
        Assert.True(Rfc3339.TryParse(text, out var value));
        Assert.Equal(expected, value!.Value.ToString("o"));
    }

    [Fact]
    public void Gos_zero_time_reads_as_unset()
    {
        Assert.True(Rfc3339.TryParse("0001-01-01T00:00:00Z", out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("2024-03-01 02:09:00Z")]
    [InlineData("2024-03-01T02:09:00")]
    [InlineData("2015-07-17T08:42:58.315+0000")]
    [InlineData("1603322711.147672")]
    public void Anything_else_is_no_timestamp(string text)
    {
        Assert.False(Rfc3339.TryParse(text, out _));
    }
}
