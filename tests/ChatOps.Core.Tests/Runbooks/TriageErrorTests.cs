using ChatOps.Core.Runbooks;
using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

public class TriageErrorTests
{
    // Minimal has 10 lines, so the first line here is line 11.
    private static string WithTriage(string answersOfSecondQuestion) => Minimal + """
        checklists:
          api: { title: API issues, steps: [Check logs] }
        triage:
          - id: first
            text: First?
            answers:
              - { id: ok, label: OK, next: second }
          - id: second
            text: Second?
            answers:

        """ + answersOfSecondQuestion;

    [Fact]
    public void Valid_triage_maps_escalate_and_done()
    {
        var runbook = RunbookLoader.LoadOrThrow(WithTriage("""
                  - { id: bad, label: Bad, category: api, checklist: api, escalate: true }
                  - { id: fine, label: Fine, done: true }
                  - { id: fixed, label: Fixed, done: true, guidance: Close it }

            """), Source);

        var second = runbook.FindQuestion("second")!;
        Assert.Equal(new TriageAnswer("bad", "Bad", null, "api", "api", true, null), second.FindAnswer("bad"));
        Assert.Equal("Triage complete.", second.FindAnswer("fine")!.Guidance);
        Assert.Equal("Close it", second.FindAnswer("fixed")!.Guidance);
    }

    [Fact]
    public void Answer_leading_nowhere_is_reported_at_the_answer()
    {
        var error = SingleError(WithTriage("      - { id: meh, label: Meh, escalate: false }\n"));

        Assert.Equal((21, 9, "triage[1].answers[0]"), (error.Line, error.Column, error.Field));
        Assert.Equal("answer 'meh' leads nowhere; give it at least one of next, category, checklist, escalate: true, guidance or done: true", error.Message);
    }

    [Fact]
    public void Next_naming_an_unknown_question_is_reported()
    {
        var error = SingleError(WithTriage("      - { id: meh, label: Meh, next: thrid }\n"));

        Assert.Equal((21, 38, "triage[1].answers[0].next"), (error.Line, error.Column, error.Field));
        Assert.Equal("'thrid' is not a triage question; use one of: first, second", error.Message);
    }

    [Fact]
    public void Next_pointing_at_its_own_question_is_reported()
    {
        var error = SingleError(WithTriage("      - { id: again, label: Again, next: second }\n"));

        Assert.Equal((21, "triage[1].answers[0].next"), (error.Line, error.Field));
        Assert.Contains("own question", error.Message);
    }

    [Theory]
    [InlineData("category")]
    [InlineData("checklist")]
    public void Category_or_checklist_naming_an_unknown_checklist_is_reported(string key)
    {
        var error = SingleError(WithTriage($"      - {{ id: x, label: X, {key}: databse }}\n"));

        Assert.Equal((21, $"triage[1].answers[0].{key}"), (error.Line, error.Field));
        Assert.Equal("'databse' is not a checklist; use one of: api (or define it under checklists:)", error.Message);
    }

    [Fact]
    public void Duplicate_question_id_is_reported_at_the_second_one()
    {
        var error = SingleError(WithTriage("      - { id: ok, label: OK, done: true }\n  - id: first\n    text: Again?\n    answers: [ { id: a, label: A, done: true } ]\n"));

        Assert.Equal((22, 9, "triage[2].id"), (error.Line, error.Column, error.Field));
        Assert.Contains("duplicate question id 'first' (first defined on line 14)", error.Message);
    }

    [Fact]
    public void Duplicate_answer_id_is_reported_at_the_second_one()
    {
        var error = SingleError(WithTriage("      - { id: ok, label: OK, done: true }\n      - { id: ok, label: Also OK, done: true }\n"));

        Assert.Equal((22, 15, "triage[1].answers[1].id"), (error.Line, error.Column, error.Field));
        Assert.Contains("duplicate answer id 'ok'", error.Message);
    }

    [Fact]
    public void Question_without_answers_is_reported()
    {
        var error = SingleError(WithTriage("      []\n").Replace("answers:\n      []", "answers: []"));

        Assert.Equal((20, 14, "triage[1].answers"), (error.Line, error.Column, error.Field));
    }
}
