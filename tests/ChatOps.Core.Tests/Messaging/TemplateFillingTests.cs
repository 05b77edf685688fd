using ChatOps.Core.Messaging;

namespace ChatOps.Core.Tests.Messaging;

public class TemplateFillingTests
{
    [Fact]
    public void Known_placeholders_are_filled_and_trailing_space_trimmed()
    {
        var text = TemplateText.Fill("{number}: {title}\n\n", new Dictionary<string, string> { ["number"] = "INC-1", ["title"] = "Down" });

        Assert.Equal("INC-1: Down", text);
    }

    [Fact]
    public void Unknown_placeholders_are_left_as_written()
    {
        Assert.Equal("{nope} x", TemplateText.Fill("{nope} {a}", new Dictionary<string, string> { ["a"] = "x" }));
    }

    [Fact]
    public void Placeholders_inside_user_values_are_not_expanded_again()
    {
        var text = TemplateText.Fill("{message} by {commander}", new Dictionary<string, string> { ["message"] = "see {commander}", ["commander"] = "alice" });

        Assert.Equal("see {commander} by alice", text);
    }
}
