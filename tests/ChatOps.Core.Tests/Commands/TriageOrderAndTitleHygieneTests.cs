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
}
