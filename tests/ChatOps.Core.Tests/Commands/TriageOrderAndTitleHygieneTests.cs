using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

public class TriageOrderAndTitleHygieneTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task A_triage_answer_to_a_question_not_yet_asked_is_refused_and_changes_nothing()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident triage");
        var timeline = incident.Timeline.Count;

        var reply = await _h.Service.PressAsync(new CommandContext("alice", incident.ChannelId), AnswerTriage.ActionId,
            TriageAnswerValue.Format(incident.Number, "decision", "unknown"));

        Assert.True(reply.IsError);
        Assert.Contains("is not the current triage question", reply.Text);
        Assert.Empty(incident.TriageAnswers);
        Assert.Equal(timeline, incident.Timeline.Count);
    }

    [Theory]
    [InlineData("Checkout\u200B down", "Checkout down")]
    [InlineData("\u202EnwoD tuokcehC", "nwoD tuokcehC")]
    [InlineData("Tab\tand\u0007bell", "Tab and bell")]
    public void Titles_lose_invisible_and_control_characters(string typed, string kept) =>
        Assert.Equal(kept, Declare.CleanTitle(typed));

    /// <summary>Emoji sequences are whole pictures: a family, a rainbow flag, a coder with a skin tone, a keycap, a polar bear, England's flag.</summary>
    [Theory]
    [InlineData("Family \U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 plans down")]
    [InlineData("Pride \U0001F3F3\uFE0F\u200D\U0001F308 page down")]
    [InlineData("Dev \U0001F469\U0001F3FD\u200D\U0001F4BB tools down")]
    [InlineData("Press 1\uFE0F\u20E3 to page")]
    [InlineData("Polar \U0001F43B\u200D\u2744\uFE0F bears")]
    [InlineData("England \U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F feed")]
    public void Titles_keep_emoji_sequences_whole(string typed) =>
        Assert.Equal(typed, Declare.CleanTitle(typed));

    [Theory]
    [InlineData("Checkout\u200Ddown", "Checkout down")]
    [InlineData("Fire \U0001F525\u200D down", "Fire \U0001F525 down")]
    [InlineData("\u200B\U0001F469\u200D\U0001F4BB\u200B coder \u202Eevil\u202C \u2066isolated\u2069", "\U0001F469\u200D\U0001F4BB coder evil isolated")]
    [InlineData("Hidden\U000E0041\U000E0042 tag text", "Hidden tag text")]
    [InlineData("Flag \U0001F1FA\U0001F1F8\u200E left-to-right mark", "Flag \U0001F1FA\U0001F1F8 left-to-right mark")]
    public void Titles_with_emoji_still_lose_invisible_direction_and_tag_characters(string typed, string kept) =>
        Assert.Equal(kept, Declare.CleanTitle(typed));
}
