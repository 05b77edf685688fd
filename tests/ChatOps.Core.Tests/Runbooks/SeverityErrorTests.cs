using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

public class SeverityErrorTests
{
    private const string Templates = """
        templates:
          status-update: "{number}"
          close: "{summary}"

        """;

    [Fact]
    public void Empty_severity_list_is_reported()
    {
        var error = SingleError("name: Test\nseverities: []\n" + Templates);

        Assert.Equal((2, 13, "severities"), (error.Line, error.Column, error.Field));
        Assert.StartsWith("no severities; define at least one", error.Message);
    }

    [Fact]
    public void Duplicate_severity_key_is_reported_ignoring_case()
    {
        var yaml = Minimal.Replace("    update-every: 30m\n", "    update-every: 30m\n  - { key: p1, name: Again, respond-within: 1m, resolve-within: 1h, update-every: 1h }\n");

        var error = SingleError(yaml);

        Assert.Equal((8, 12, "severities[1].key"), (error.Line, error.Column, error.Field));
        Assert.Contains("duplicate severity key 'p1' (first defined on line 3)", error.Message);
    }

    [Theory]
    [InlineData("5x", "'5x' is not a duration; write it like 30s, 5m, 1h, 1d or 1h30m")]
    [InlineData("'5x'", "'5x' is not a duration; write it like 30s, 5m, 1h, 1d or 1h30m")]
    [InlineData("0m", "'0m' is zero; a duration must be longer than zero, write it like 30s, 5m, 1h, 1d or 1h30m")]
    [InlineData("-5m", "'-5m' is negative; a duration must be longer than zero, write it like 30s, 5m, 1h, 1d or 1h30m")]
    [InlineData("15", "'15' is not a duration; write it like 30s, 5m, 1h, 1d or 1h30m")]
    public void Bad_duration_is_reported_at_its_value(string value, string message)
    {
        var error = SingleError(Minimal.Replace("update-every: 30m", $"update-every: {value}"));

        Assert.Equal((7, 19, "severities[0].update-every"), (error.Line, error.Column, error.Field));
        Assert.Equal(message, error.Message);
        Assert.Equal($"test.yaml:7:19: severities[0].update-every: {message}", error.ToString());
    }

    [Fact]
    public void Escalation_tier_with_an_empty_people_list_is_reported()
    {
        var error = SingleError(Minimal.Replace("    update-every: 30m\n", """
                update-every: 30m
                escalation:
                  - after: 5m
                    people: []

            """));

        Assert.Equal((10, 17, "severities[0].escalation[0].people"), (error.Line, error.Column, error.Field));
        Assert.StartsWith("escalation tier has no people", error.Message);
    }

    [Fact]
    public void Escalation_tier_without_people_is_reported()
    {
        var error = SingleError(Minimal.Replace("    update-every: 30m\n", """
                update-every: 30m
                escalation:
                  - name: Lonely
                    after: 5m

            """));

        Assert.Equal((9, 9, "severities[0].escalation[0].people"), (error.Line, error.Column, error.Field));
    }

    [Fact]
    public void Later_tier_without_after_is_reported_but_the_first_tier_defaults_to_respond_within()
    {
        var error = SingleError(Minimal.Replace("    update-every: 30m\n", """
                update-every: 30m
                escalation:
                  - people: [lead]
                  - people: [cto]

            """));

        Assert.Equal((10, 9, "severities[0].escalation[1].after"), (error.Line, error.Column, error.Field));
        Assert.StartsWith("tier 2 needs 'after'", error.Message);
    }

    [Fact]
    public void First_tier_without_after_fires_at_respond_within_and_tiers_get_default_names()
    {
        var runbook = ChatOps.Core.Runbooks.RunbookLoader.LoadOrThrow(Minimal.Replace("    update-every: 30m\n", """
                update-every: 30m
                escalation:
                  - people: [lead]
                  - after: 1h
                    people: [cto]

            """), Source);

        var tiers = runbook.Severities[0].Escalation;
        Assert.Equal(("Tier 1", TimeSpan.FromMinutes(15)), (tiers[0].Name, tiers[0].Delay));
        Assert.Equal(("Tier 2", TimeSpan.FromHours(1)), (tiers[1].Name, tiers[1].Delay));
        Assert.Equal("", runbook.Severities[0].Description);
        Assert.Empty(runbook.Severities[0].Invite);
    }
}
