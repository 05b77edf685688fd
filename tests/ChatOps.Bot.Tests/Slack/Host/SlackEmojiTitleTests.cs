namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>An emoji sequence in a title (a family joined by zero-width joiners) stays one picture everywhere Slack shows the title.</summary>
public sealed class SlackEmojiTitleTests : SlackIncidentTest
{
    private const string Family = "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";

    [Fact]
    public async Task Emoji_joined_by_zero_width_joiners_stay_whole_in_the_topic_the_card_header_and_the_announcement()
    {
        var channel = await DeclareAsync($"declare P2 {Family} family plan checkout fails");

        Assert.Contains($"{Family} family plan checkout fails", channel.Topic);
        var header = channel.Messages[0]["blocks"]!.AsArray().Single(b => (string?)b!["type"] == "header")!;
        Assert.Equal($"INC-2026-001: {Family} family plan checkout fails", (string?)header["text"]!["text"]);
        var announcement = await PostedAsync(Announce, "declared INC-2026-001");
        Assert.Contains($"{Family} family plan checkout fails", announcement.Arg("text"));
    }
}
