using ChatOps.Core.Commands;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>
/// What a front end may refuse before storing an intent: the same answer carrying it out would give, and nothing
/// that depends on the incident's state (those are judged when the intent is carried out).
/// </summary>
public class EarlyRefusalTests
{
    private readonly IncidentHarness _h = new();

    [Theory]
    [InlineData("general", "/incident declare P9 Checkout down", "Unknown severity 'P9'")]
    [InlineData("general", "/incident declare P1 \u200B\u202E\u0007", "A declaration needs a title")]
    [InlineData("general", "/incident ack", "This is not an incident channel")]
    [InlineData("general", "/incident note where does this go", "This is not an incident channel")]
    [InlineData("incident", "/incident sev P9", "Unknown severity 'P9'")]
    public async Task A_command_refused_early_gets_the_answer_carrying_it_out_would_give_and_changes_nothing(string where, string text, string says)
    {
        var incident = await _h.DeclareAsync("P2");
        var channel = where == "incident" ? incident.ChannelId : where;
        var (posts, timeline) = (_h.Chat.Posts.Count, incident.Timeline.Count);
        var command = CommandParser.Parse(text).Command!;

        var refusal = await _h.Service.RefuseAsync(new CommandContext("bob", channel), command);
        var carriedOut = await _h.RunAsync("bob", channel, text);

        Assert.NotNull(refusal);
        Assert.True(refusal.IsError);
        Assert.Contains(says, refusal.Text);
        Assert.Equal(carriedOut.Text, refusal.Text);
        Assert.Equal(posts, _h.Chat.Posts.Count);
        Assert.Equal(timeline, incident.Timeline.Count);
    }

    [Fact]
    public async Task A_long_title_is_refused_early_with_its_length()
    {
        var refusal = await _h.Service.RefuseAsync(new CommandContext("bob", "general"), new DeclareCommand("P1", new string('火', 151)));

        Assert.Equal("The title is 151 characters; keep it to 150 and put the rest in the description.", refusal?.Text);
    }

    [Theory]
    [InlineData("/incident close")]
    [InlineData("/incident sev P2")]
    [InlineData("/incident note fine")]
    [InlineData("/incident resolve")]
    public async Task What_depends_on_the_incident_is_left_to_when_it_is_carried_out(string text)
    {
        var incident = await _h.DeclareAsync("P2");

        var refusal = await _h.Service.RefuseAsync(new CommandContext("bob", incident.ChannelId), CommandParser.Parse(text).Command!);

        Assert.Null(refusal);
    }

    [Theory]
    [InlineData("incident.frobnicate", "INC-2026-001", "Unknown button 'incident.frobnicate'")]
    [InlineData(Acknowledge.ActionId, "INC-2099-999", "No incident INC-2099-999")]
    [InlineData(Escalate.ActionId, "", "names no incident")]
    [InlineData(AnswerTriage.ActionId, "garbage", "triage answer's value 'garbage'")]
    [InlineData(AnswerTriage.ActionId, "INC-2026-001|no-such-question|ok", "Unknown triage question 'no-such-question'")]
    [InlineData(AnswerTriage.ActionId, "INC-2026-001|api-health|maybe", "'maybe' is not an answer")]
    public async Task A_press_refused_early_gets_the_answer_pressing_would_give(string actionId, string value, string says)
    {
        await _h.DeclareAsync("P2");

        var refusal = await _h.Service.RefusePressAsync(actionId, value);
        var pressed = await _h.Service.PressAsync(new CommandContext("bob", "general"), actionId, value);

        Assert.NotNull(refusal);
        Assert.Contains(says, refusal.Text);
        Assert.Equal(pressed.Text, refusal.Text);
    }

    [Fact]
    public async Task A_press_on_a_real_incident_is_not_refused_early()
    {
        var incident = await _h.DeclareAsync("P2");

        Assert.Null(await _h.Service.RefusePressAsync(Acknowledge.ActionId, incident.Number));
        Assert.Null(await _h.Service.RefusePressAsync(AnswerTriage.ActionId, $"{incident.Number}|api-health|ok"));
    }

    [Fact]
    public async Task Forms_it_never_made_or_for_incidents_that_do_not_exist_are_refused_early()
    {
        var incident = await _h.DeclareAsync("P2");

        Assert.Contains("Unknown form 'form.frobnicate'", (await _h.Service.RefuseSubmissionAsync("form.frobnicate", ""))?.Text);
        Assert.Contains("No incident INC-2099-999", (await _h.Service.RefuseSubmissionAsync(PostUpdate.FormId, "INC-2099-999"))?.Text);
        Assert.Null(await _h.Service.RefuseSubmissionAsync(PostUpdate.FormId, incident.Number));
        Assert.Null(await _h.Service.RefuseSubmissionAsync(Declare.FormId, ""));
    }

    [Fact]
    public async Task Only_an_incident_channel_is_one()
    {
        var incident = await _h.DeclareAsync("P2");

        Assert.True(await _h.Service.IsIncidentChannelAsync(incident.ChannelId));
        Assert.False(await _h.Service.IsIncidentChannelAsync("general"));
        Assert.False(await _h.Service.IsIncidentChannelAsync(""));
    }
}
