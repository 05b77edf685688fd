using ChatOps.Core.Drills;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Tests.Support;
using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

/// <summary>The drills: section (scenarios, injects, targets, schedules), checked with file:line:column errors.</summary>
public class DrillErrorTests
{
    private const string Drills = """
        drills:
          scenarios:
            - id: webhook-5xx
              name: Webhooks return 5xx
              severity: P1
              targets: { detect: 5m, mitigate: 15m, post-mortem: 24h, rto: 4h }
              injects:
                - The function throws
                - after: 3m
                  text: The probe flips red
                - on: acknowledged
                  text: The last deploy is the culprit
              checklist: [Time each phase]
          schedule:
            cron: "0 10 * 1,4,7,10 THU#1"
            owner: founder
            rotation: [webhook-5xx]

        """;

    [Fact]
    public void A_scenario_loads_with_its_injects_targets_checklist_and_schedule()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal + Drills, Source);

        var scenario = Assert.Single(runbook.Drills.Scenarios);
        Assert.Equal(("webhook-5xx", "Webhooks return 5xx", "P1", false), (scenario.Id, scenario.Name, scenario.Severity, scenario.Announce));
        Assert.Equal([new DrillInject("The function throws"), new DrillInject("The probe flips red", TimeSpan.FromMinutes(3)), new DrillInject("The last deploy is the culprit", On: DrillPhase.Acknowledge)],
            scenario.Injects);
        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(24), TimeSpan.FromHours(4), (TimeSpan?)null),
            (scenario.Targets.For(DrillPhase.Detect), scenario.Targets.For(DrillPhase.Mitigate), scenario.Targets.For(DrillPhase.PostMortem), scenario.Targets.Rto, scenario.Targets.For(DrillPhase.Resolve)));
        Assert.Equal(["Time each phase"], scenario.Checklist);
        var schedule = Assert.Single(runbook.Drills.Schedules);
        Assert.Equal(("drills", "founder"), (schedule.Name, schedule.Owner));
        Assert.Equal(["webhook-5xx"], schedule.Rotation);
        // 2026-03-14 is a Saturday; the first Thursday of the next quarter is 2 April.
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.Zero), schedule.NextAfter(IncidentHarness.Start));
    }

    [Theory]
    [InlineData("cron: \"0 10 * 1,4,7,10 THU#1\"", "cron: \"0 10 * 13 *\"", "drills.schedule.cron", "'0 10 * 13 *' is not a cron expression")]
    [InlineData("cron: \"0 10 * 1,4,7,10 THU#1\"", "cron: every thursday", "drills.schedule.cron", "write five fields, minute hour day-of-month month day-of-week, in UTC")]
    [InlineData("rotation: [webhook-5xx]", "rotation: [webhook-5x]", "drills.schedule.rotation[0]", "unknown scenario 'webhook-5x'; did you mean 'webhook-5xx'?")]
    [InlineData("owner: founder", "owner: \"\"", "drills.schedule.owner", "must not be empty")]
    [InlineData("detect: 5m,", "detect: 5 minutes,", "drills.scenarios[0].targets.detect", "'5 minutes' is not a duration")]
    [InlineData("rto: 4h", "rto: -4h", "drills.scenarios[0].targets.rto", "'-4h' is negative")]
    [InlineData("detect: 5m,", "detekt: 5m,", "drills.scenarios[0].targets.detekt", "unknown key 'detekt'; did you mean 'detect'?")]
    [InlineData("after: 3m", "after: soon", "drills.scenarios[0].injects[1].after", "'soon' is not a duration")]
    [InlineData("on: acknowledged", "on: paged", "drills.scenarios[0].injects[2].on", "'paged' is not a phase; use one of detected, acknowledged, mitigated, resolved, post-mortem")]
    [InlineData("severity: P1", "severity: P9", "drills.scenarios[0].severity", "unknown severity 'P9'; use one of P1")]
    [InlineData("      severity: P1\n", "      severity: P1\n      kind: leak\n", "drills.scenarios[0].kind", "unknown kind 'leak'")]
    public void A_bad_drill_setting_names_the_field_and_says_how_to_fix_it(string from, string to, string field, string message)
    {
        var error = SingleError(Minimal + Drills.Replace(from, to, StringComparison.Ordinal));

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_inject_both_timed_and_on_a_phase_is_refused()
    {
        var error = SingleError(Minimal + Drills.Replace("      - after: 3m\n", "      - after: 3m\n          on: resolved\n", StringComparison.Ordinal));

        Assert.Equal("drills.scenarios[0].injects[1].on", error.Field);
        Assert.Contains("either after a time or on a phase, not both", error.Message);
    }

    [Fact]
    public void Two_scenarios_with_one_id_are_refused()
    {
        var twice = Drills.Replace("  schedule:", "    - id: WEBHOOK-5xx\n      name: Again\n      severity: P1\n  schedule:", StringComparison.Ordinal);

        var error = SingleError(Minimal + twice);

        Assert.Equal("drills.scenarios[1].id", error.Field);
        Assert.Contains("duplicate scenario id 'WEBHOOK-5xx'", error.Message);
    }

    [Fact]
    public void The_shipped_runbook_has_seed_000s_three_scenarios_and_seed_003s_restore_drill_with_their_targets()
    {
        var drills = TestRunbooks.Default.Drills;

        Assert.Equal(["webhook-5xx", "database-down", "data-leak", "restore"], drills.Scenarios.Select(s => s.Id));
        var webhook = drills.Find("webhook-5xx")!;
        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(24)),
            (webhook.Targets.For(DrillPhase.Detect), webhook.Targets.For(DrillPhase.Mitigate), webhook.Targets.For(DrillPhase.PostMortem)));
        var database = drills.Find("database-down")!;
        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromHours(4), TimeSpan.FromHours(4)), (database.Targets.For(DrillPhase.Detect), database.Targets.For(DrillPhase.Mitigate), database.Targets.Rto));
        Assert.Equal("data-leak", drills.Find("data-leak")!.Kind);
        var restore = drills.Find("restore")!;
        Assert.Equal(TimeSpan.FromHours(4), restore.Targets.Rto);
        Assert.Contains("RPO 24 h", restore.Description);
        foreach (var table in new[] { "tenants", "tenant_providers", "tenant_products", "tier_definitions", "subscriptions" })
            Assert.Contains(restore.Checklist, step => step.Contains(table, StringComparison.Ordinal));
        Assert.Equal(["quarterly tabletop", "monthly restore"], drills.Schedules.Select(s => s.Name));
        Assert.Equal(["webhook-5xx", "database-down", "data-leak"], drills.Schedules[0].Rotation);
    }
}
