using ChatOps.Bot.Slack.BlockKit;

namespace ChatOps.Bot.Tests.Slack.BlockKit;

public class BlockKitActionIdTests
{
    [Theory]
    [InlineData("triage.answer", "triage.answer")]
    [InlineData("triage.answer#2", "triage.answer")]
    [InlineData("triage.answer#17", "triage.answer")]
    [InlineData("odd#", "odd#")]
    [InlineData("odd#x2", "odd#x2")]
    [InlineData("#3", "#3")]
    public void Base_strips_only_a_numeric_suffix(string actionId, string expected)
    {
        Assert.Equal(expected, BlockKitActionIds.Base(actionId));
    }
}
