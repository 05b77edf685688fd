using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

public class TemplateAndChannelErrorTests
{
    [Fact]
    public void Unknown_placeholder_in_a_block_template_is_reported_at_its_own_line_and_column()
    {
        var yaml = Minimal.Replace("  close: \"Resolved at {resolved_at}\"", """
              close: |
                Resolved at {resolved_at}.
                Root cause: {root_cause}
            """);

        var error = SingleError(yaml);

        Assert.Equal((12, 17, "templates.close"), (error.Line, error.Column, error.Field));
        Assert.StartsWith("unknown placeholder {root_cause}; allowed placeholders are: {channel}, {commander}", error.Message);
    }

    [Fact]
    public void Unknown_placeholder_in_a_quoted_template_is_reported()
    {
        var error = SingleError(Minimal.Replace("{number} {status}", "{number} {stauts}"));

        Assert.Equal((9, 28, "templates.status-update"), (error.Line, error.Column, error.Field));
    }

    [Fact]
    public void Channel_pattern_without_seq_or_number_is_reported()
    {
        var error = SingleError(Minimal + "channels:\n  pattern: inc-{slug}\n");

        Assert.Equal((12, 12, "channels.pattern"), (error.Line, error.Column, error.Field));
        Assert.Contains("include {seq} or {number}", error.Message);
    }

    [Fact]
    public void Channel_pattern_with_an_unknown_placeholder_is_reported()
    {
        var error = SingleError(Minimal + "channels:\n  pattern: \"inc-{seq}-{team}\"\n");

        Assert.Equal((12, 23, "channels.pattern"), (error.Line, error.Column, error.Field));
        Assert.StartsWith("unknown placeholder {team}", error.Message);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("61")]
    public void Slug_length_outside_8_to_60_is_reported(string length)
    {
        var error = SingleError(Minimal + $"channels:\n  slug-length: {length}\n");

        Assert.Equal((12, 16, "channels.slug-length"), (error.Line, error.Column, error.Field));
        Assert.Contains("outside 8..60", error.Message);
    }

    [Fact]
    public void Slug_length_that_is_not_a_number_is_reported()
    {
        var error = SingleError(Minimal + "channels:\n  slug-length: long\n");

        Assert.Equal((12, "channels.slug-length"), (error.Line, error.Field));
        Assert.StartsWith("expected a whole number", error.Message);
    }

    [Fact]
    public void Omitted_policies_take_their_defaults()
    {
        var runbook = ChatOps.Core.Runbooks.RunbookLoader.LoadOrThrow(Minimal, Source);

        Assert.Equal(new ChatOps.Core.Runbooks.ChannelPolicy("inc-{year}-{seq}-{slug}", 30, "incidents"), runbook.Channels);
        Assert.Equal(TimeSpan.FromHours(48), runbook.PostMortem.DueAfter);
        Assert.Equal(7, runbook.PostMortem.Sections.Count);
        Assert.Equal("declarer", runbook.Roles.Commander);
        Assert.Empty(runbook.Triage);
        Assert.Empty(runbook.Checklists);
    }
}
