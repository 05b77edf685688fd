using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>
/// Triage follows the runbook: every system is checked in order, failing ones add their category and checklist, the
/// decision is kept beside them, the counter counts one by one, and a finished triage can be run again.
/// </summary>
public class TriageWalkTests
{
    private readonly IncidentHarness _h = new();

    private Task<CommandReply> AnswerAsync(string number, string questionAndAnswer, string actor = "bob") =>
        _h.Service.PressAsync(new CommandContext(actor, "anywhere"), AnswerTriage.ActionId, $"{number}|{questionAndAnswer}");

    private IEnumerable<string> TriageCardTitles(string channel) =>
        _h.Chat.PostsIn(channel).Select(p => p.Message.Card?.Title).OfType<string>().Where(t => t.StartsWith("Triage ", StringComparison.Ordinal));

    [Fact]
    public async Task A_failing_system_does_not_skip_the_others_and_the_counter_counts_one_by_one()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "bob", "/incident triage");

        await AnswerAsync(incident.Number, "api-health|ok");
        await AnswerAsync(incident.Number, "webhooks|failing");
        await AnswerAsync(incident.Number, "database|ok");
        await AnswerAsync(incident.Number, "external-dependencies|ok");
        var last = await AnswerAsync(incident.Number, "decision|external");

        Assert.False(last.IsError, last.Text);
        Assert.Equal(["api-health", "webhooks", "database", "external-dependencies", "decision"], incident.TriageAnswers.Select(t => t.QuestionId));
        Assert.Equal(["Triage 1/5", "Triage 2/5", "Triage 3/5", "Triage 4/5", "Triage 5/5"], TriageCardTitles(incident.ChannelId).Select(t => t[..10]));
        Assert.Equal("webhooks, external", incident.Category);
        Assert.Contains(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Card?.Title == "Mitigation checklist: Webhook issues");
    }

    [Fact]
    public async Task A_finished_triage_can_be_run_again_and_its_new_answers_join_the_timeline()
    {
        var incident = await _h.DeclareAsync("P1");
        foreach (var answer in new[] { "api-health|ok", "webhooks|ok", "database|ok", "external-dependencies|ok", "decision|internal" })
            await AnswerAsync(incident.Number, answer);

        var again = await _h.RunInAsync(incident, "bob", "/incident triage");
        var reanswered = await AnswerAsync(incident.Number, "api-health|failing");

        Assert.False(again.IsError, again.Text);
        Assert.Contains("round 2", again.Text);
        Assert.False(reanswered.IsError, reanswered.Text);
        Assert.Equal(6, incident.TriageAnswers.Count);
        Assert.Equal(2, incident.TriageAnswers[^1].Round);
        Assert.Contains(incident.Timeline, t => t.Kind == "triage-round");
        Assert.Equal(2, incident.Timeline.Count(t => t.Kind == "triage" && t.Text.StartsWith("API health", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_old_button_pressed_again_says_what_was_answered_and_how_to_go_through_again()
    {
        var incident = await _h.DeclareAsync("P1");
        await AnswerAsync(incident.Number, "api-health|ok");

        var twice = await AnswerAsync(incident.Number, "api-health|failing", actor: "carol");

        Assert.True(twice.IsError);
        Assert.Contains("was already answered in this triage (Healthy, by bob", twice.Text);
        Assert.Contains("/incident triage to go through the questions again", twice.Text);
    }

    [Fact]
    public async Task An_answer_marked_done_ends_the_walk_and_the_card_stops_offering_triage()
    {
        var incident = await _h.DeclareAsync("P1");
        Assert.Contains(IncidentCards.Incident(incident, _h.Runbook).Buttons, b => b.ActionId == StartTriage.ActionId);
        foreach (var answer in new[] { "api-health|ok", "webhooks|ok", "database|ok", "external-dependencies|ok" })
            await AnswerAsync(incident.Number, answer);

        var done = await AnswerAsync(incident.Number, "decision|internal");

        Assert.EndsWith("Triage complete.", done.Text);
        Assert.Null(incident.PendingTriageQuestion);
        Assert.DoesNotContain(IncidentCards.Incident(incident, _h.Runbook).Buttons, b => b.ActionId == StartTriage.ActionId);
    }
}
