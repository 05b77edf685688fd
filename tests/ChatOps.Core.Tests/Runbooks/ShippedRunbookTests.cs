using ChatOps.Core.Access;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Tests.Runbooks;

public class ShippedRunbookTests
{
    private static Runbook LoadShipped(string name)
    {
        var result = RunbookLoader.LoadFile(RunbookYaml.RepoFile(Path.Combine("runbooks", name)));
        Assert.True(result.Ok, string.Join('\n', result.Errors));
        Assert.Empty(result.Errors);
        return result.Runbook;
    }

    [Fact]
    public void Default_runbook_has_P0_to_P3_with_the_clocks_from_the_incident_plan()
    {
        var runbook = LoadShipped("default.yaml");

        Assert.Equal("P0, P1, P2, P3", runbook.SeverityKeys);
        var p0 = runbook.FindSeverity("p0")!;
        Assert.Equal("Critical", p0.Name);
        Assert.Equal("Complete system failure or data corruption", p0.Description);
        Assert.Equal(TimeSpan.FromMinutes(5), p0.RespondWithin);
        Assert.Equal(TimeSpan.FromHours(1), p0.ResolveWithin);
        Assert.Equal(TimeSpan.FromMinutes(15), p0.UpdateEvery);
        Assert.False(p0.Private);
        Assert.Equal(["oncall-engineer", "engineering-lead"], p0.Invite);
        Assert.Equal(TimeSpan.FromDays(1), runbook.FindSeverity("P3")!.UpdateEvery);
        Assert.Equal(TimeSpan.FromHours(24), runbook.FindSeverity("P3")!.ResolveWithin);
        Assert.All(runbook.Severities, s => Assert.False(s.Private));
    }

    [Fact]
    public void Default_runbook_escalates_along_the_matrix()
    {
        var runbook = LoadShipped("default.yaml");

        var p0 = Assert.Single(runbook.FindSeverity("P0")!.Escalation);
        Assert.Equal(["cto", "head-of-engineering"], p0.People);
        Assert.Equal(TimeSpan.FromMinutes(5), p0.Delay);
        var p1 = runbook.FindSeverity("P1")!.Escalation;
        Assert.Equal(["engineering-lead"], p1[0].People);
        Assert.Equal(TimeSpan.FromMinutes(15), p1[0].Delay);
        Assert.Equal(["cto", "head-of-engineering"], p1[1].People);
        Assert.Equal(["oncall-engineer"], runbook.FindSeverity("P2")!.Escalation[0].People);
        Assert.Equal(TimeSpan.FromHours(4), Assert.Single(runbook.FindSeverity("P3")!.Escalation).Delay);
    }

    [Fact]
    public void Default_runbook_triages_in_order_and_ends_in_a_decision()
    {
        var runbook = LoadShipped("default.yaml");

        Assert.Equal(["api-health", "webhooks", "database", "external-dependencies", "decision"], runbook.Triage.Select(q => q.Id));
        var apiFailing = runbook.FindQuestion("api-health")!.FindAnswer("failing")!;
        Assert.Equal("api", apiFailing.Category);
        Assert.Null(apiFailing.Next);
        Assert.Equal("webhooks", runbook.FindQuestion("api-health")!.FindAnswer("ok")!.Next);
        var decision = runbook.FindQuestion("decision")!;
        Assert.Equal("Proceed to mitigation", decision.FindAnswer("internal")!.Guidance);
        Assert.Equal("external", decision.FindAnswer("external")!.Category);
        Assert.True(decision.FindAnswer("unknown")!.SuggestEscalation);
        Assert.Equal("Escalate to senior team member", decision.FindAnswer("unknown")!.Guidance);
    }

    [Fact]
    public void Default_runbook_has_checklists_templates_and_postmortem_policy()
    {
        var runbook = LoadShipped("default.yaml");

        Assert.Equal(["api", "database", "external", "rate-limiting", "scheduler", "webhooks"], runbook.Checklists.Keys.Order());
        Assert.Equal("API issues", runbook.Checklists["api"].Title);
        Assert.Equal("Check application logs", runbook.Checklists["api"].Steps[0]);
        Assert.Equal("api", runbook.Checklists["api"].Key);
        Assert.StartsWith("INCIDENT UPDATE\nIncident ID: {number}", runbook.Templates.StatusUpdate);
        Assert.Contains("Current Actions:\n{message}", runbook.Templates.StatusUpdate);
        Assert.StartsWith("Incident resolved at {resolved_at}.", runbook.Templates.Close);
        Assert.EndsWith("We apologize for any inconvenience caused.\n", runbook.Templates.CustomerClose);
        Assert.DoesNotContain("apologize", runbook.Templates.Close);
        Assert.Equal(TimeSpan.FromHours(48), runbook.PostMortem.DueAfter);
        Assert.Equal(RunbookDefaults.PostMortemSections, runbook.PostMortem.Sections);
        Assert.Equal(new ChannelPolicy("inc-{year}-{seq}-{slug}", 30, "incidents"), runbook.Channels);
        Assert.Equal(RolePolicy.Declarer, runbook.Roles.Commander);
    }

    [Fact]
    public void Sev1_to_Sev3_runbook_escalates_from_on_call_to_admin_owner_to_engineering_lead()
    {
        var runbook = LoadShipped("sev1-sev3.yaml");

        Assert.Equal("Sev1, Sev2, Sev3", runbook.SeverityKeys);
        var sev1 = runbook.FindSeverity("sev1")!;
        Assert.False(sev1.Private);
        Assert.Equal(TimeSpan.FromMinutes(5), sev1.RespondWithin);
        Assert.Equal(TimeSpan.FromHours(4), sev1.ResolveWithin);
        Assert.Equal(TimeSpan.FromMinutes(30), sev1.UpdateEvery);
        Assert.Equal(TimeSpan.FromMinutes(5), sev1.Escalation[0].Delay);
        Assert.Equal(["admin-owner"], sev1.Escalation[0].People);
        Assert.Equal(["engineering-lead"], sev1.Escalation[1].People);
        Assert.Equal(TimeSpan.FromDays(3), runbook.FindSeverity("Sev3")!.ResolveWithin);
        Assert.Equal(["database", "env-vars", "auth-rate-limit", "activity"], runbook.Triage.Select(q => q.Id));
        Assert.Equal(["database", "rollback", "webhooks"], runbook.Checklists.Keys.Order());
        Assert.Equal(RunbookDefaults.PostMortemSections, runbook.PostMortem.Sections);
    }

    [Theory]
    [InlineData("default.yaml", "data-leak")]
    [InlineData("sev1-sev3.yaml", "tenant-data-exposure")]
    public void Both_runbooks_have_a_private_data_leak_kind_with_the_72_hour_notification_clock_of_seed_000(string file, string kind)
    {
        var leak = LoadShipped(file).FindKind(kind)!;

        Assert.True(leak.Private);
        var clock = Assert.Single(leak.Deadlines);
        Assert.Equal("notification", clock.Key);
        Assert.Equal(TimeSpan.FromHours(72), clock.Within);
        Assert.Equal([TimeSpan.FromHours(24), TimeSpan.FromHours(48), TimeSpan.FromHours(66)], clock.RemindAt);
    }

    [Fact]
    public void The_default_runbook_names_admins_and_keeps_decisions_to_the_incidents_people()
    {
        var access = LoadShipped("default.yaml").Access;

        Assert.Equal(["security-lead", "head-of-engineering"], access.Admins);
        Assert.Equal(Audience.Anyone, access.For(IncidentAction.Declare));
        Assert.All(IncidentActions.All.Where(a => a != IncidentAction.Declare), a => Assert.Equal(AccessPolicy.Members, access.For(a)));
    }

    [Fact]
    public void The_sev1_sev3_runbook_leaves_resolving_and_stopping_clocks_to_the_commander_and_admins()
    {
        var access = LoadShipped("sev1-sev3.yaml").Access;

        Assert.Equal(["admin-owner", "legal-owner"], access.Admins);
        Assert.All([IncidentAction.Severity, IncidentAction.Resolve, IncidentAction.Close, IncidentAction.Notified],
            a => Assert.Equal(Audience.Commander | Audience.Admins, access.For(a)));
        Assert.Equal(AccessPolicy.Members, access.For(IncidentAction.Acknowledge));
    }
}
