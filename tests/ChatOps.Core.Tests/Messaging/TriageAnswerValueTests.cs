using ChatOps.Core.Messaging;

namespace ChatOps.Core.Tests.Messaging;

public class TriageAnswerValueTests
{
    [Fact]
    public void A_value_is_number_question_and_answer_joined_by_pipes()
    {
        Assert.Equal("INC-2026-001|api-health|ok", TriageAnswerValue.Format("INC-2026-001", "api-health", "ok"));
    }

    [Fact]
    public void A_formatted_value_parses_back()
    {
        Assert.True(TriageAnswerValue.TryParse(TriageAnswerValue.Format("INC-2026-001", "db", "failing"), out var number, out var question, out var answer));
        Assert.Equal(("INC-2026-001", "db", "failing"), (number, question, answer));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("INC-2026-001")]
    [InlineData("INC-2026-001|db")]
    [InlineData("INC-2026-001|db|ok|extra")]
    [InlineData("INC-2026-001||ok")]
    [InlineData("|db|ok")]
    public void Malformed_values_do_not_parse(string? value)
    {
        Assert.False(TriageAnswerValue.TryParse(value!, out _, out _, out _));
    }
}
