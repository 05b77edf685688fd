using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

public class StructureErrorTests
{
    [Fact]
    public void Unknown_key_is_reported_at_the_key_with_the_allowed_keys()
    {
        var error = SingleError(Minimal.Replace("    update-every: 30m", "    update_every: 30m"));

        Assert.Equal(7, error.Line);
        Assert.Equal(5, error.Column);
        Assert.Equal("severities[0].update_every", error.Field);
        Assert.Contains("unknown key 'update_every'; did you mean 'update-every'?", error.Message);
        Assert.Contains("respond-within, resolve-within, update-every", error.Message);
    }

    [Fact]
    public void Unknown_top_level_key_is_reported()
    {
        var error = SingleError(Minimal + "colour: red\n");

        Assert.Equal((11, "colour"), (error.Line, error.Field));
    }

    [Fact]
    public void Missing_required_key_is_reported_at_its_mapping_with_an_example()
    {
        var error = SingleError(Minimal.Replace("    name: High\n", ""));

        Assert.Equal(3, error.Line);
        Assert.Equal("severities[0].name", error.Field);
        Assert.Equal("required key 'name' is missing; add it, e.g. name: High", error.Message);
    }

    [Fact]
    public void Missing_templates_is_reported_at_the_root()
    {
        var error = SingleError(Minimal[..Minimal.IndexOf("templates:", StringComparison.Ordinal)]);

        Assert.Equal((1, 1, "templates"), (error.Line, error.Column, error.Field));
    }

    [Fact]
    public void List_given_as_text_is_a_wrong_node_type()
    {
        var error = SingleError(Minimal.Replace("    update-every: 30m", "    update-every: 30m\n    invite: oncall"));

        Assert.Equal((8, 13, "severities[0].invite"), (error.Line, error.Column, error.Field));
        Assert.StartsWith("expected a list, found the text 'oncall'", error.Message);
    }

    [Fact]
    public void Mapping_given_as_a_list_is_a_wrong_node_type()
    {
        var error = SingleError(Minimal + "channels: [a, b]\n");

        Assert.Equal((11, "channels"), (error.Line, error.Field));
        Assert.StartsWith("expected key: value lines", error.Message);
    }

    [Fact]
    public void Bad_bool_is_reported()
    {
        var error = SingleError(Minimal.Replace("    update-every: 30m", "    update-every: 30m\n    private: yes"));

        Assert.Equal((8, 14, "severities[0].private"), (error.Line, error.Column, error.Field));
        Assert.Equal("expected true or false, found the text 'yes'; write private: true or private: false", error.Message);
    }

    [Fact]
    public void Yaml_syntax_error_gives_one_error_at_the_parser_position()
    {
        var error = SingleError(Minimal + "triage: [a,\n");

        Assert.Equal("(root)", error.Field);
        Assert.Equal(12, error.Line);
        Assert.StartsWith("YAML syntax error:", error.Message);
    }

    [Fact]
    public void Duplicate_yaml_key_is_a_syntax_error()
    {
        var error = SingleError(Minimal + "name: Again\n");

        Assert.Equal(11, error.Line);
        Assert.Contains("Duplicate key", error.Message);
    }

    [Fact]
    public void Several_errors_are_all_reported_in_file_order()
    {
        var yaml = """
            name: Test
            severities:
              - key: P1
                name: High
                respond-within: soon
                resolve-within: 2h
                update-every: 0m
                colour: red
            templates:
              status-update: "{number} {nope}"
            """;

        var errors = Errors(yaml);

        Assert.Equal(
            ["severities[0].respond-within", "severities[0].update-every", "severities[0].colour", "templates.close", "templates.status-update"],
            errors.Select(e => e.Field));
        Assert.Equal([5, 7, 8, 10, 10], errors.Select(e => e.Line));
    }
}
