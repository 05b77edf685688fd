using ChatOps.Core.Runbooks;
using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

/// <summary>The kinds: section and its deadline clocks, checked with file:line:column errors.</summary>
public class KindErrorTests
{
    private const string DataLeak = """
        kinds:
          - key: data-leak
            name: Suspected data leak
            private: true
            invite: [security-lead]
            deadlines:
              - key: notification
                name: Regulator and customer notification
                description: Email all tenants within 72 h
                within: 72h
                remind-at: [48h, 24h, 66h]
                remind: [commander, comms]

        """;

    [Fact]
    public void A_kind_with_a_deadline_loads_with_its_reminders_in_order()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal + DataLeak, Source);

        var kind = Assert.Single(runbook.Kinds);
        Assert.Equal(("data-leak", "Suspected data leak", true), (kind.Key, kind.Name, kind.Private));
        Assert.Equal(["security-lead"], kind.Invite);
        var clock = Assert.Single(kind.Deadlines);
        Assert.Equal(("notification", "Regulator and customer notification", "Email all tenants within 72 h"), (clock.Key, clock.Name, clock.Description));
        Assert.Equal(TimeSpan.FromHours(72), clock.Within);
        Assert.Equal([TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromHours(66)], clock.RemindAt);
        Assert.Equal(["commander", "comms"], clock.Remind);
        Assert.Same(kind, runbook.FindKind("DATA-LEAK"));
    }

    [Fact]
    public void A_deadline_without_remind_reminds_the_commander()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal + DataLeak.Replace("        remind: [commander, comms]\n", ""), Source);

        Assert.Equal(["commander"], runbook.Kinds[0].Deadlines[0].Remind);
    }

    [Theory]
    [InlineData("remind-at: [48h, 24h, 66h]", "remind-at: [24h, 72h]", 21, 26, "kinds[0].deadlines[0].remind-at[1]",
        "72h is not before the deadline (within: 3d); reminders come before it, and the overdue notice fires at the deadline itself")]
    [InlineData("remind-at: [48h, 24h, 66h]", "remind-at: [24h, soon]", 21, 26, "kinds[0].deadlines[0].remind-at[1]",
        "'soon' is not a duration after declaration; write it like 24h, 1d or 1h30m")]
    [InlineData("remind-at: [48h, 24h, 66h]", "remind-at: [24h, 1d]", 21, 26, "kinds[0].deadlines[0].remind-at[1]",
        "1d is listed twice; list each reminder once")]
    [InlineData("remind-at: [48h, 24h, 66h]", "remind_at: [24h]", 21, 9, "kinds[0].deadlines[0].remind_at",
        "unknown key 'remind_at'; did you mean 'remind-at'?; allowed keys here are: key, name, description, within, remind-at, remind")]
    [InlineData("remind: [commander, comms]", "remind: [comander]", 22, 18, "kinds[0].deadlines[0].remind[0]",
        "'comander' is not a role; did you mean 'commander'?; use commander, comms, scribe, participants, admins (put people to bring in under the kind's invite)")]
    [InlineData("within: 72h", "within: 3 days", 20, 17, "kinds[0].deadlines[0].within",
        "'3 days' is not a duration; write it like 30s, 5m, 1h, 1d or 1h30m")]
    [InlineData("    private: true", "    private: yes", 14, 14, "kinds[0].private",
        "expected true or false, found the text 'yes'; write private: true or private: false")]
    public void A_bad_kind_or_deadline_is_reported_at_the_exact_node(string replace, string with, int line, int column, string field, string message)
    {
        var error = SingleError(Minimal + DataLeak.Replace(replace, with));

        Assert.Equal((line, column, field), (error.Line, error.Column, error.Field));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_deadline_without_within_is_reported_at_its_mapping()
    {
        var error = SingleError(Minimal + DataLeak.Replace("        within: 72h\n", ""));

        Assert.Equal((17, 9, "kinds[0].deadlines[0].within"), (error.Line, error.Column, error.Field));
        Assert.Equal("required key 'within' is missing; add it, e.g. within: 72h", error.Message);
    }

    [Fact]
    public void Duplicate_kind_keys_are_reported_ignoring_case()
    {
        var error = SingleError(Minimal + DataLeak + "  - { key: Data-Leak, name: Again }\n");

        Assert.Equal((23, 12, "kinds[1].key"), (error.Line, error.Column, error.Field));
        Assert.Contains("duplicate kind key 'Data-Leak' (first defined on line 12)", error.Message);
    }

    [Fact]
    public void An_unknown_kind_at_declaration_is_answered_with_a_guess_and_the_kinds()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal + DataLeak, Source);

        Assert.Equal("Unknown kind 'data-leek'; did you mean 'data-leak'?. This runbook's kinds are data-leak.", runbook.UnknownKind("data-leek"));
    }
}
