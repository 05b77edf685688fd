using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Tests.Runbooks;

public class GarbageInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("[1,2]")]
    [InlineData("just some text")]
    [InlineData("name:\n\tseverities: []\n")]
    [InlineData("\u0000\u0001\u0002\u00ff\ufffd binary")]
    [InlineData("PK\u0003\u0004\u0014\u0000\u0008\u0000")]
    [InlineData("a: &x [*x]\nb: *nope\n")]
    [InlineData("{{{{")]
    [InlineData("name: [\n")]
    [InlineData("severities: {P1: high}\ntriage: 3\nchecklists: [a]\ntemplates: []\npostmortem: 1\nroles: x\n")]
    [InlineData("severities:\n  -\n  - 42\n  - [a]\ntriage:\n  - answers: [~, 1]\n")]
    public void Garbage_gives_errors_not_exceptions(string text)
    {
        var result = RunbookLoader.Load(text, "garbage.yaml");

        Assert.False(result.Ok);
        Assert.Null(result.Runbook);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e =>
        {
            Assert.Equal("garbage.yaml", e.Source);
            Assert.True(e.Line >= 1 && e.Column >= 1, e.ToString());
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        });
    }

    [Fact]
    public void Empty_file_says_what_a_runbook_needs()
    {
        var error = Assert.Single(RunbookLoader.Load("", "empty.yaml").Errors);

        Assert.Equal("empty.yaml:1:1: (root): the runbook is empty; it needs at least name, severities and templates", error.ToString());
    }

    [Fact]
    public void Tab_indentation_is_a_syntax_error()
    {
        var error = Assert.Single(RunbookLoader.Load("name: x\nroles:\n\tcommander: me\n", "tabs.yaml").Errors);

        Assert.Equal(3, error.Line);
        Assert.StartsWith("YAML syntax error:", error.Message);
    }

    [Fact]
    public void A_list_instead_of_a_mapping_is_a_type_error_at_the_root()
    {
        var error = Assert.Single(RunbookLoader.Load("[1,2]", "list.yaml").Errors);

        Assert.Equal((1, 1, "(root)"), (error.Line, error.Column, error.Field));
        Assert.StartsWith("expected key: value lines (name, severities,", error.Message);
    }

    [Fact]
    public void A_second_document_is_reported()
    {
        var text = RunbookYaml.Minimal + "---\nname: Other\n";

        var error = Assert.Single(RunbookLoader.Load(text, "two.yaml").Errors);

        Assert.Equal(12, error.Line);
    }
}
