using ChatOps.Core.Alerts;
using ChatOps.Core.Runbooks;
using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

/// <summary>The alerts:, pagers: (with page: on severities and tiers) and probes: sections, and their file:line errors.</summary>
public class AlertPagingProbeRunbookTests
{
    private const string Sections = """
        pagers:
          - name: primary
            pagerduty: { routing-key-env: PAGERDUTY_ROUTING_KEY }
          - name: platform
            opsgenie: { team: platform, responders: ["user:alice@example.com"] }
        alerts:
          regroup-within: 10m
          rules:
            - name: Critical
              match: { source: [alertmanager, grafana], labels: { severity: critical, team: [payments, api] } }
              severity: p1
              services: [API]
              services-from-label: service
              title: "{alert} on {label_instance}: {summary}"
              declare: auto
            - name: The rest
              severity: P1
              declare: suggest
        probes:
          every: 30s
          checks:
            - name: api-health
              url: http://127.0.0.1:8080/api/health
              expect-json: { field: checks.db, value: ok }
              headers-from-env: { Authorization: HEALTH_AUTH }
              services: [API]
            - name: site
              url: https://example.com/
              method: head
              timeout: 2s

        """;

    private static readonly Alert Critical = new("alertmanager", true, "HighErrorRate", "5% of requests fail",
        new Dictionary<string, string> { ["severity"] = "CRITICAL", ["team"] = "api", ["service"] = "Checkout", ["instance"] = "web-1" },
        new Dictionary<string, string>(), "fp1", "{}:{alertname=\"HighErrorRate\"}", null);

    [Fact]
    public void The_sections_load_and_the_first_matching_rule_decides()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal.Replace("    update-every: 30m\n", "    update-every: 30m\n    page: [primary]\n    escalation:\n      - { after: 15m, people: [lead], page: [platform] }\n") + Sections, Source);

        Assert.Equal(["primary"], runbook.Severities[0].Page);
        Assert.Equal(["platform"], runbook.Severities[0].Escalation[0].Page);
        Assert.Equal(("PAGERDUTY_ROUTING_KEY", PagerService.PagerDuty), (runbook.FindPager("PRIMARY")!.RoutingKeyVariable, runbook.FindPager("primary")!.Service));
        Assert.Equal([new PagerResponder("team", "platform"), new PagerResponder("user", "alice@example.com")], runbook.FindPager("platform")!.Responders);

        Assert.Equal(TimeSpan.FromMinutes(10), runbook.Alerts.RegroupWithin);
        var rule = runbook.Alerts.RuleFor(Critical)!;
        Assert.Equal(("Critical", "P1", AlertDeclare.Auto), (rule.Name, rule.Severity, rule.Declare));
        Assert.Equal("HighErrorRate on web-1: 5% of requests fail", rule.TitleOf(Critical));
        Assert.Equal(["API", "Checkout"], rule.ServicesOf(Critical));
        var other = Critical with { Labels = new Dictionary<string, string> { ["severity"] = "critical", ["team"] = "search" } };
        Assert.Equal("The rest", runbook.Alerts.RuleFor(other)!.Name);
        Assert.Equal("The rest", runbook.Alerts.RuleFor(Critical with { Source = "sentry" })!.Name);

        Assert.Equal(TimeSpan.FromSeconds(30), runbook.Probes.Every);
        var health = runbook.Probes.Find("API-HEALTH")!;
        Assert.Equal(("GET", 200, "checks.db", "ok", Probe.DefaultTimeout), (health.Method, health.ExpectStatus, health.JsonField, health.JsonValue, health.Timeout));
        Assert.Equal("HEALTH_AUTH", health.HeaderVariables["authorization"]);
        Assert.Equal(["api-health", "site"], runbook.Probes.For(["api"]).Select(p => p.Name));
        Assert.Equal(["site"], runbook.Probes.For(["Search"]).Select(p => p.Name));
        Assert.Equal(("HEAD", TimeSpan.FromSeconds(2)), (runbook.Probes.Find("site")!.Method, runbook.Probes.Find("site")!.Timeout));
    }

    [Fact]
    public void A_runbook_without_the_sections_has_no_rules_pagers_or_probes()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal, Source);

        Assert.Empty(runbook.Alerts.Rules);
        Assert.Null(runbook.Alerts.RuleFor(Critical));
        Assert.Empty(runbook.Pagers);
        Assert.Empty(runbook.Probes.Checks);
        Assert.Empty(runbook.Severities[0].Page);
    }

    [Theory]
    [InlineData("alerts:\n  rules:\n    - { name: r, severity: P9, declare: auto }\n", "alerts.rules[0].severity", "unknown severity 'P9'; this runbook's severities are P1")]
    [InlineData("alerts:\n  rules:\n    - { name: r, severity: P1, declare: later }\n", "alerts.rules[0].declare", "write declare: auto")]
    [InlineData("alerts:\n  rules:\n    - { name: r, severity: P1, declare: auto, title: \"{sumary}\" }\n", "alerts.rules[0].title", "unknown placeholder {sumary}")]
    [InlineData("alerts:\n  rules:\n    - { name: r, severity: P1, declare: auto, match: { source: nagios } }\n", "alerts.rules[0].match.source", "unknown alert source 'nagios'")]
    [InlineData("alerts:\n  rules:\n    - { name: r, severity: P1, declare: auto, match: { labels: [a] } }\n", "alerts.rules[0].match.labels", "expected name: value lines")]
    [InlineData("alerts:\n  rules:\n    - { name: r, severity: P1, declare: auto, kind: leak }\n", "alerts.rules[0].kind", "unknown kind 'leak'")]
    [InlineData("pagers:\n  - { name: a, pagerduty: { routing-key-env: \"R+0abc\" } }\n", "pagers[0].pagerduty.routing-key-env", "never the key itself")]
    [InlineData("pagers:\n  - { name: a }\n", "pagers[0]", "either pagerduty")]
    [InlineData("pagers:\n  - { name: a, opsgenie: { responders: [\"group:x\"] } }\n", "pagers[0].opsgenie.responders", "is not a responder")]
    [InlineData("probes:\n  checks:\n    - { name: p, url: \"file:///etc/passwd\" }\n", "probes.checks[0].url", "is not an http(s) address")]
    [InlineData("probes:\n  checks:\n    - { name: p, url: \"https://u:pw@x.example/\" }\n", "probes.checks[0].url", "without a user name or password")]
    [InlineData("probes:\n  checks:\n    - { name: p, url: \"https://x.example/\", headers-from-env: { Authorization: \"Bearer abc\" } }\n", "probes.checks[0].headers-from-env.Authorization", "never the value itself")]
    [InlineData("probes:\n  checks:\n    - { name: p, url: \"https://x.example/\" }\n    - { name: P, url: \"https://y.example/\" }\n", "probes.checks[1].name", "duplicate probe 'P'")]
    public void A_mistake_is_one_error_naming_the_field(string section, string field, string message)
    {
        var error = SingleError(Minimal + section);

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void A_page_list_naming_an_unknown_pager_is_an_error_at_the_severity()
    {
        var error = SingleError(Minimal.Replace("    update-every: 30m\n", "    update-every: 30m\n    page: [primry]\n") + "pagers:\n  - { name: primary, pagerduty: { routing-key-env: PD_KEY } }\n");

        Assert.Equal("severities[0].page", error.Field);
        Assert.Contains("no pager 'primry'; this runbook's pagers are primary", error.Message);
    }

    [Fact]
    public void The_shipped_runbook_maps_alert_severities_to_P0_to_P3()
    {
        var runbook = RunbookLoader.LoadOrThrow(File.ReadAllText(RepoFile("runbooks/default.yaml")), "default.yaml");
        Alert Labelled(string severity) => Critical with { Labels = new Dictionary<string, string> { ["severity"] = severity } };

        Assert.Equal(("P0", AlertDeclare.Auto), (runbook.Alerts.RuleFor(Labelled("critical"))!.Severity, runbook.Alerts.RuleFor(Labelled("critical"))!.Declare));
        Assert.Equal("P1", runbook.Alerts.RuleFor(Labelled("error"))!.Severity);
        Assert.Equal(("P2", AlertDeclare.Suggest), (runbook.Alerts.RuleFor(Labelled("warning"))!.Severity, runbook.Alerts.RuleFor(Labelled("warning"))!.Declare));
        Assert.Equal("P3", runbook.Alerts.RuleFor(Labelled("info"))!.Severity);
        Assert.Null(runbook.Alerts.RuleFor(Labelled("debug")));
    }
}
