using ChatOps.Core.Access;
using ChatOps.Core.Runbooks;
using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

/// <summary>The access: section: who may do what, checked with the same file:line:column errors as the rest.</summary>
public class AccessErrorTests
{
    [Fact]
    public void A_runbook_without_access_keeps_the_defaults()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal, Source);

        Assert.Empty(runbook.Access.Admins);
        Assert.Equal(Audience.Anyone, runbook.Access.For(IncidentAction.Declare));
        Assert.All(IncidentActions.All.Where(a => a != IncidentAction.Declare),
            a => Assert.Equal(Audience.Participants | Audience.Commander | Audience.Admins, runbook.Access.For(a)));
    }

    [Fact]
    public void Rules_read_as_one_word_or_a_list_and_actions_left_out_keep_their_default()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal + """
            access:
              admins: ["@sec-lead", cto]
              declare: admins
              resolve: [commander, admins]
              close: commander

            """, Source);

        Assert.Equal(["sec-lead", "cto"], runbook.Access.Admins);
        Assert.Equal(Audience.Admins, runbook.Access.For(IncidentAction.Declare));
        Assert.Equal(Audience.Commander | Audience.Admins, runbook.Access.For(IncidentAction.Resolve));
        Assert.Equal(Audience.Commander, runbook.Access.For(IncidentAction.Close));
        Assert.Equal(AccessPolicy.Members, runbook.Access.For(IncidentAction.Acknowledge));
    }

    [Fact]
    public void A_misspelt_group_is_reported_at_its_item_with_a_guess()
    {
        var error = SingleError(Minimal + """
            access:
              admins: [sec-lead]
              resolve: [comander, admins]

            """);

        Assert.Equal((13, 13, "access.resolve[0]"), (error.Line, error.Column, error.Field));
        Assert.Equal("'comander' is not a group; did you mean 'commander'?; use anyone, commander, participants or admins (name people under access.admins)", error.Message);
    }

    [Fact]
    public void A_word_people_reach_for_is_pointed_at_ours()
    {
        var error = SingleError(Minimal + "access:\n  declare: everyone\n");

        Assert.Equal((12, 12, "access.declare"), (error.Line, error.Column, error.Field));
        Assert.StartsWith("'everyone' is not a group; did you mean 'anyone'?", error.Message);
    }

    [Fact]
    public void A_misspelt_action_is_an_unknown_key_with_a_guess()
    {
        var error = SingleError(Minimal + "access:\n  acknowlege: anyone\n");

        Assert.Equal((12, 3, "access.acknowlege"), (error.Line, error.Column, error.Field));
        Assert.StartsWith("unknown key 'acknowlege'; did you mean 'acknowledge'?; allowed keys here are: admins, declare, acknowledge", error.Message);
    }

    [Fact]
    public void Declare_cannot_be_limited_to_an_incidents_own_people()
    {
        var error = SingleError(Minimal + "access:\n  declare: [participants]\n");

        Assert.Equal((12, 12, "access.declare"), (error.Line, error.Column, error.Field));
        Assert.Equal("an incident has no commander or participants before it is declared; declare can be anyone or admins", error.Message);
    }

    [Fact]
    public void Admins_only_without_admins_would_lock_everyone_out()
    {
        var error = SingleError(Minimal + "access:\n  close: admins\n");

        Assert.Equal((12, 10, "access.close"), (error.Line, error.Column, error.Field));
        Assert.StartsWith("only admins may close, but access.admins names nobody; add handles", error.Message);
    }

    [Theory]
    [InlineData("  resolve: []\n", 12, 12, "access.resolve", "names nobody; write who may act, e.g. resolve: [commander, admins]")]
    [InlineData("  resolve: [anyone, admins]\n", 12, 12, "access.resolve", "'anyone' already includes everyone; write resolve: anyone alone, or leave anyone out")]
    [InlineData("  resolve: { who: admins }\n", 12, 12, "access.resolve", "expected a word or a list of words, found a mapping (key: value lines); write it like resolve: [commander, admins]")]
    [InlineData("  admins: sec-lead\n", 12, 11, "access.admins", "expected a list, found the text 'sec-lead'; write it like admins: [sec-lead, cto] or as '- item' lines")]
    public void Malformed_rules_are_reported_at_their_value(string line, int lineNumber, int column, string field, string message)
    {
        var error = SingleError(Minimal + "access:\n" + line);

        Assert.Equal((lineNumber, column, field), (error.Line, error.Column, error.Field));
        Assert.Equal(message, error.Message);
    }
}
