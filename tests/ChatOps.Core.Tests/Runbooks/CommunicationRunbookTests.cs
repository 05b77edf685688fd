using ChatOps.Core.Runbooks;
using ChatOps.Core.Tests.Support;
using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

/// <summary>The audiences: and communications: sections, and their file:line errors.</summary>
public class CommunicationRunbookTests
{
    private const string Sections = """
        audiences:
          - key: customers
            name: All users
            channels: ["#status-updates"]
            email: [customers@example.com, "Brokers <brokers@example.com>"]
          - key: internal
            channels: [engineering]
            template: short
        communications:
          notify-within: 10m
          remind-every: 20m
          notify:
            p1: [customers, internal]
          triggers:
            - name: long-outage
              description: Outage over 30 minutes
              after: 30m
              severities: [P1]
              require: { notify: [customers] }
          templates:
            short:
              chat: "{number} for {audience}: {message}"
              subject: "{number}"
              body: "{message}"

        """;

    [Fact]
    public void The_sections_load_with_their_defaults_and_references_resolved()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal + Sections, Source);

        var customers = runbook.FindAudience("CUSTOMERS")!;
        Assert.Equal(("customers", "All users", CommsTemplate.DefaultKey), (customers.Key, customers.Name, customers.Template));
        Assert.Equal(["status-updates"], customers.Channels);
        Assert.Equal(["customers@example.com", "Brokers <brokers@example.com>"], customers.Email);
        Assert.Equal(("internal", "short"), (runbook.FindAudience("internal")!.Name, runbook.FindAudience("internal")!.Template));
        var comms = runbook.Communications;
        Assert.Equal((TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20)), (comms.NotifyWithin, comms.RemindEvery));
        Assert.Equal(["customers", "internal"], comms.MustNotify("P1"));
        var trigger = Assert.Single(comms.Triggers);
        Assert.Equal(("long-outage", TimeSpan.FromMinutes(30), "P1"), (trigger.Name, trigger.After, Assert.Single(trigger.Severities)));
        Assert.Equal([CommsRequirement.Told("customers")], trigger.Requires);
        Assert.Equal("{number} for {audience}: {message}", comms.Template("short").Chat);
        Assert.Same(CommsTemplate.Default, comms.Template(CommsTemplate.DefaultKey));
    }

    [Fact]
    public void A_runbook_without_the_sections_has_no_audiences_and_owes_nothing()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal, Source);

        Assert.Empty(runbook.Audiences);
        Assert.Empty(runbook.Communications.MustNotify("P1"));
        Assert.Empty(runbook.Communications.Triggers);
    }

    [Fact]
    public void The_shipped_runbook_has_seed_002s_matrix_and_seed_004s_trigger()
    {
        var runbook = TestRunbooks.Default;

        Assert.Equal(["all-users", "brokers", "operators", "internal"], runbook.Communications.MustNotify("P0"));
        Assert.Equal(["affected-users", "internal"], runbook.Communications.MustNotify("P1"));
        Assert.Equal(["internal"], runbook.Communications.MustNotify("P2"));
        var trigger = Assert.Single(runbook.Communications.Triggers);
        Assert.Equal(TimeSpan.FromMinutes(30), trigger.After);
        Assert.Equal(["P0", "P1"], trigger.Severities);
        Assert.Contains(CommsRequirement.Told("all-users"), trigger.Requires);
        Assert.StartsWith("Dear Customer,", runbook.Communications.Template(runbook.FindAudience("all-users")!.Template).Body);
    }

    [Theory]
    [InlineData("    email: [not-an-address]\n", "audiences[0].email", "'not-an-address' is not an email address")]
    [InlineData("    email: [\"a@example.com\\r\\nBcc: evil@example.com\"]\n", "audiences[0].email", "is not an email address")]
    [InlineData("    template: missing\n", "audiences[0].template", "no template 'missing'")]
    public void A_bad_audience_is_refused_at_its_line(string extra, string field, string message)
    {
        var yaml = Minimal + "audiences:\n  - key: customers\n    channels: [status]\n" + extra;

        var error = SingleError(yaml);

        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        Assert.Equal(Minimal.Split('\n').Length + 3, error.Line);
    }

    [Fact]
    public void An_audience_with_nowhere_to_tell_is_refused()
    {
        var error = SingleError(Minimal + "audiences:\n  - key: customers\n");

        Assert.Equal("audiences[0]", error.Field);
        Assert.Contains("needs somewhere to be told", error.Message);
    }

    [Theory]
    [InlineData("  notify: { P9: [customers] }\n", "communications.notify.P9", "no severity 'P9'; this runbook's severities are P1")]
    [InlineData("  notify: { P1: [custmers] }\n", "communications.notify.P1", "no audience 'custmers'; this runbook's audiences are customers")]
    [InlineData("  triggers: [ { name: t, after: 30m, severities: [P1], require: { notify: [nobody] } } ]\n", "communications.triggers[0].require.notify", "no audience 'nobody'")]
    [InlineData("  triggers: [ { name: t, after: soon, severities: [P1], require: { notify: [customers] } } ]\n", "communications.triggers[0].after", "'soon' is not a duration")]
    [InlineData("  triggers: [ { name: t, after: 30m, severities: [P1] } ]\n", "communications.triggers[0].require", "required key 'require' is missing")]
    [InlineData("  triggers: [ { name: t, after: 30m, severities: [P1], require: { notify: [] } } ]\n", "communications.triggers[0].require", "a trigger must require something")]
    [InlineData("  templates: { x: { chat: \"{nope}\", subject: s, body: b } }\n", "communications.templates.x.chat", "unknown placeholder {nope}")]
    [InlineData("  remind-every: 0m\n", "communications.remind-every", "is zero")]
    public void A_bad_communications_section_is_refused_with_the_field_and_the_fix(string body, string field, string message)
    {
        var yaml = Minimal + "audiences:\n  - key: customers\n    channels: [status]\ncommunications:\n" + body;

        var errors = Errors(yaml);

        Assert.Contains(errors, e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_status_page_requirement_is_refused_when_the_runbook_has_no_status_page()
    {
        var yaml = Minimal + "audiences:\n  - key: customers\n    channels: [status]\ncommunications:\n  triggers:\n    - { name: t, after: 30m, severities: [P1], require: { status-page: true, notify: [customers] } }\n";

        var error = SingleError(yaml);

        Assert.Equal("communications.triggers[0].require.status-page", error.Field);
        Assert.Contains("no status-page: section", error.Message);
    }
}
