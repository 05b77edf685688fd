using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Messaging;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

public class ButtonPressTests
{
    private readonly IncidentHarness _h = new();

    private Task<CommandReply> PressAsync(string actionId, string value, string actor = "bob", string channel = "C1") =>
        _h.Service.PressAsync(new CommandContext(actor, channel), actionId, value);

    [Fact]
    public async Task The_acknowledge_button_acknowledges_the_incident_it_names()
    {
        var incident = await _h.DeclareAsync("P0");
        var button = _h.Chat.PostsIn(incident.ChannelId)[0].Message.Card!.Buttons.Single(b => b.ActionId == Acknowledge.ActionId);

        var reply = await PressAsync(button.ActionId, button.Value);

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal("bob", incident.AcknowledgedBy);
    }

    [Fact]
    public async Task The_incident_card_loses_its_acknowledge_button_once_acknowledged()
    {
        var incident = await _h.DeclareAsync("P0");

        await PressAsync(Acknowledge.ActionId, incident.Number);

        var card = _h.Chat.Updates[^1].Message.Card!;
        Assert.Equal(incident.CardMessageId, _h.Chat.Updates[^1].MessageId);
        Assert.DoesNotContain(card.Buttons, b => b.ActionId == Acknowledge.ActionId);
        Assert.Contains(card.Facts, f => f.Label == "Acknowledged" && f.Value == "bob at 2026-03-14 09:00 UTC");
    }

    [Fact]
    public async Task Pressing_acknowledge_twice_is_an_error()
    {
        var incident = await _h.DeclareAsync("P0");
        await PressAsync(Acknowledge.ActionId, incident.Number);

        var reply = await PressAsync(Acknowledge.ActionId, incident.Number, actor: "carol");

        Assert.True(reply.IsError);
        Assert.Equal("bob", incident.AcknowledgedBy);
    }

    [Fact]
    public async Task The_triage_button_posts_the_first_question_with_answer_buttons()
    {
        var incident = await _h.DeclareAsync("P1");

        await PressAsync(StartTriage.ActionId, incident.Number);

        var card = _h.Chat.PostsIn(incident.ChannelId)[^1].Message.Card!;
        Assert.Equal("Triage 1/5: INC-2026-001", card.Title);
        Assert.Equal(["INC-2026-001|api-health|ok", "INC-2026-001|api-health|failing"], card.Buttons.Select(b => b.Value));
        Assert.All(card.Buttons, b => Assert.Equal(AnswerTriage.ActionId, b.ActionId));
    }

    [Fact]
    public async Task A_triage_answer_value_names_incident_question_and_answer()
    {
        var incident = await _h.DeclareAsync("P1");
        await PressAsync(StartTriage.ActionId, incident.Number);

        var reply = await PressAsync(AnswerTriage.ActionId, "INC-2026-001|api-health|failing");

        Assert.False(reply.IsError, reply.Text);
        var answer = Assert.Single(incident.TriageAnswers);
        Assert.Equal(("api-health", "failing", "Failing or slow", "bob"), (answer.QuestionId, answer.AnswerId, answer.Answer, answer.Actor));
        Assert.Equal("api", incident.Category);
        // A failing system posts its checklist and the walk goes on to the next system (seed 002: check them all, in order).
        Assert.Equal("webhooks", incident.PendingTriageQuestion);
        var posts = _h.Chat.PostsIn(incident.ChannelId);
        Assert.Contains(posts, p => p.Message.Card?.Title == "Mitigation checklist: API issues");
        Assert.Equal("Triage 2/5: INC-2026-001", posts[^1].Message.Card!.Title);
    }

    [Fact]
    public async Task Answering_the_same_triage_question_twice_is_an_error()
    {
        var incident = await _h.DeclareAsync("P1");
        await PressAsync(AnswerTriage.ActionId, "INC-2026-001|api-health|ok");

        var reply = await PressAsync(AnswerTriage.ActionId, "INC-2026-001|api-health|failing");

        Assert.True(reply.IsError);
        Assert.Single(incident.TriageAnswers);
        Assert.Null(incident.Category);
    }

    [Fact]
    public async Task An_unknown_triage_answer_is_an_error()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await PressAsync(AnswerTriage.ActionId, "INC-2026-001|api-health|maybe");

        Assert.True(reply.IsError);
        Assert.Empty(incident.TriageAnswers);
    }

    [Fact]
    public async Task An_unknown_action_id_is_an_error()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await PressAsync("incident.explode", incident.Number);

        Assert.True(reply.IsError);
        Assert.Contains("incident.explode", reply.Text);
    }

    [Theory]
    [InlineData(Acknowledge.ActionId, "INC-2026-999")]
    [InlineData(Resolve.ActionId, "INC-2026-999")]
    [InlineData(AnswerTriage.ActionId, "INC-2026-999|api-health|ok")]
    public async Task A_button_for_an_unknown_incident_is_an_error(string actionId, string value)
    {
        await _h.DeclareAsync("P1");

        var reply = await PressAsync(actionId, value);

        Assert.True(reply.IsError);
        Assert.Contains("No incident INC-2026-999", reply.Text);
    }

    [Fact]
    public async Task Buttons_work_from_any_channel_because_they_name_their_incident()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await PressAsync(Escalate.ActionId, incident.Number, channel: "general");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(1, incident.EscalationTier);
    }

    [Fact]
    public async Task A_double_click_on_escalate_goes_up_one_tier_and_the_second_press_says_so()
    {
        var incident = await _h.DeclareAsync("P0");
        var value = incident.Number + "@0";

        var first = await PressAsync(Escalate.ActionId, value);
        var second = await PressAsync(Escalate.ActionId, value);

        Assert.False(first.IsError, first.Text);
        Assert.Equal(1, incident.EscalationTier);
        Assert.Single(incident.Escalations);
        Assert.Contains("already escalated to tier 1", second.Text);
        Assert.Contains("nothing changed", second.Text);

        var fromRefreshedCard = await PressAsync(Escalate.ActionId, incident.Number + "@1");
        Assert.Contains("top tier", fromRefreshedCard.Text); // the test runbook's P0 chain has one tier: the press was judged, not ignored
    }

    [Fact]
    public async Task The_post_update_button_opens_the_update_form()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await PressAsync(PostUpdate.ActionId, incident.Number);

        Assert.Equal(PostUpdate.FormId, reply.Form?.Id);
    }

    [Fact]
    public async Task Every_button_the_engine_posts_has_a_handler()
    {
        foreach (var actionId in CommandRegistry.Default.ActionIds)
        {
            var h = new IncidentHarness();
            var incident = await h.DeclareAsync("P1");
            var value = actionId switch
            {
                AnswerTriage.ActionId => "INC-2026-001|api-health|ok",
                AnswerAlertSuggestion.DeclareActionId or AnswerAlertSuggestion.DismissActionId => await SuggestAsync(h),
                _ => incident.Number,
            };
            var reply = await h.Service.PressAsync(new CommandContext("bob", incident.ChannelId), actionId, value);
            Assert.False(reply.IsError, $"{actionId}: {reply.Text}");
        }
    }

    /// <summary>A warning alert, which the default runbook suggests: the id its card's buttons carry.</summary>
    private static async Task<string> SuggestAsync(IncidentHarness h)
    {
        var alert = new Core.Alerts.Alert("alertmanager", true, "DiskFilling", "Disk 90% full", new Dictionary<string, string> { ["severity"] = "warning" },
            new Dictionary<string, string>(), "fp-disk", "{}:{alertname=\"DiskFilling\"}", null);
        await h.Service.ExecuteAsync(new CommandContext("alertmanager", ""), new ReceiveAlertsCommand("alertmanager", [alert], h.Clock.GetUtcNow()));
        return h.Chat.PostsIn("incidents").Last().Message.Card!.Buttons[0].Value;
    }
}
