using ChatOps.Core.Access;
using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Access;

/// <summary>Who may do what, action by action: the commander, a participant, an admin and an outsider.</summary>
public class AuthorisationMatrixTests
{
    private const string Commander = "alice", Participant = "bob", Admin = "security-lead", Outsider = "mallory";

    private static readonly Runbook Strict = TestRunbooks.WithAccess("""
        access:
          admins: [security-lead]
          declare: admins
          note: anyone
          resolve: [commander, admins]
          close: commander

        """);

    private static Incident Declare(bool isPrivate = false)
    {
        var incident = Incident.Declare(2026, 1, "Checkout is down", TestRunbooks.Severity("P1"), Commander, Commander,
            DeclareDetails.None with { Private = isPrivate }, "C1", "inc", IncidentHarness.Start);
        incident.AddParticipant(Participant);
        return incident;
    }

    private static bool Allowed(Runbook runbook, IncidentAction action, string actor, Incident? incident) =>
        AccessCheck.Refusal(runbook.Access, action, new CommandContext(actor, "C1"), incident) is null;

    public static TheoryData<IncidentAction, string, bool> DefaultMatrix()
    {
        var data = new TheoryData<IncidentAction, string, bool>();
        foreach (var action in IncidentActions.All.Where(a => a != IncidentAction.Declare))
        {
            data.Add(action, Commander, true);
            data.Add(action, Participant, true);
            data.Add(action, Admin, true);
            data.Add(action, Outsider, false);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DefaultMatrix))]
    public void The_default_runbook_lets_participants_the_commander_and_admins_act(IncidentAction action, string actor, bool allowed)
    {
        Assert.Equal(allowed, Allowed(TestRunbooks.Default, action, actor, Declare()));
    }

    [Theory]
    [InlineData(Commander)]
    [InlineData(Outsider)]
    public void Anyone_may_declare_by_default(string actor)
    {
        Assert.True(Allowed(TestRunbooks.Default, IncidentAction.Declare, actor, null));
    }

    [Theory]
    [InlineData(IncidentAction.Declare, Outsider, false)]
    [InlineData(IncidentAction.Declare, Admin, true)]
    [InlineData(IncidentAction.Resolve, Commander, true)]
    [InlineData(IncidentAction.Resolve, Participant, false)]
    [InlineData(IncidentAction.Resolve, Admin, true)]
    [InlineData(IncidentAction.Resolve, Outsider, false)]
    [InlineData(IncidentAction.Close, Commander, true)]
    [InlineData(IncidentAction.Close, Admin, false)]
    [InlineData(IncidentAction.Note, Outsider, true)]
    [InlineData(IncidentAction.Acknowledge, Participant, true)]
    [InlineData(IncidentAction.Acknowledge, Outsider, false)]
    public void A_stricter_runbook_is_followed_action_by_action(IncidentAction action, string actor, bool allowed)
    {
        var incident = action == IncidentAction.Declare ? null : Declare();

        Assert.Equal(allowed, Allowed(Strict, action, actor, incident));
    }

    [Theory]
    [InlineData(Outsider, false)]
    [InlineData(Participant, true)]
    [InlineData(Admin, true)]
    public void A_private_incident_is_closed_to_outsiders_whatever_the_rule(string actor, bool allowed)
    {
        Assert.Equal(allowed, Allowed(Strict, IncidentAction.Note, actor, Declare(isPrivate: true)));
    }

    [Fact]
    public void A_platform_user_id_is_recognised_by_the_handles_it_is_known_by()
    {
        var slackUser = new CommandContext("U0SEC00001", "C1", "slack", ["security-lead"]);

        Assert.Null(AccessCheck.Refusal(Strict.Access, IncidentAction.Resolve, slackUser, Declare()));
        Assert.NotNull(AccessCheck.Refusal(Strict.Access, IncidentAction.Resolve, slackUser with { Aliases = null }, Declare()));
    }

    [Fact]
    public void Handles_match_ignoring_case_and_a_leading_at()
    {
        Assert.True(Allowed(Strict, IncidentAction.Resolve, "@Security-Lead", Declare()));
    }

    [Fact]
    public void A_refusal_names_who_may_act_and_whom_to_ask()
    {
        var refusal = AccessCheck.Refusal(Strict.Access, IncidentAction.Resolve, new CommandContext(Participant, "C1"), Declare());

        Assert.Equal("Only the commander (@alice) or admins (@security-lead) may resolve INC-2026-001; ask the commander, @alice, or an admin to do it.", refusal);
    }

    [Fact]
    public void A_refusal_of_a_participants_action_says_to_ask_the_commander_to_bring_you_in()
    {
        var refusal = AccessCheck.Refusal(TestRunbooks.Default.Access, IncidentAction.Escalate, new CommandContext(Outsider, "C1"), Declare());

        Assert.Equal("Only INC-2026-001's participants or admins (@security-lead, @head-of-engineering) may escalate INC-2026-001; "
                     + "ask its commander, @alice, to bring you in, or run /incident status to see who is involved.", refusal);
    }

    [Fact]
    public void A_refused_declaration_says_to_ask_an_admin()
    {
        Assert.Equal("Only admins (@security-lead) may declare incidents; ask an admin to do it.",
            AccessCheck.Refusal(Strict.Access, IncidentAction.Declare, new CommandContext(Outsider, "general"), null));
    }
}
