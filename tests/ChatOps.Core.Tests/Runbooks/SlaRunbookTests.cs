using ChatOps.Core.Runbooks;
using ChatOps.Core.Tests.Support;
using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

/// <summary>The sla: section: per service a monthly target and credit tiers, and its file:line errors.</summary>
public class SlaRunbookTests
{
    [Fact]
    public void Targets_and_tiers_load_and_the_largest_applicable_credit_is_due()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal + """
            sla:
              - service: API
                target: 99.9%
                credits:
                  - { below: 99.9%, credit: 10% }
                  - { below: "99", credit: 25 }
              - { service: Docs, target: 99 }

            """, Source);

        var api = runbook.Sla[0];
        Assert.Equal(("API", 99.9m), (api.Service, api.Target));
        Assert.Equal([new CreditTier(99.9m, 10m), new CreditTier(99m, 25m)], api.Credits);
        Assert.Null(api.TierFor(99.95m));
        Assert.Equal(10m, api.TierFor(99.5m)!.Credit);
        Assert.Equal(25m, api.TierFor(98.9m)!.Credit);
        Assert.Empty(runbook.Sla[1].Credits);
    }

    [Fact]
    public void The_shipped_runbook_has_an_sla_example()
    {
        Assert.Equal(["API", "Webhooks"], TestRunbooks.Default.Sla.Select(s => s.Service));
    }

    [Theory]
    [InlineData("sla: { service: API }", "sla", "expected a list")]
    [InlineData("sla:\n  - { service: API, target: 101% }", "sla[0].target", "'101%' is not a percentage over 0 and at most 100; write it like target: 99.9%")]
    [InlineData("sla:\n  - { service: API, target: high }", "sla[0].target", "is not a percentage")]
    [InlineData("sla:\n  - { target: 99.9% }", "sla[0].service", "required key 'service' is missing")]
    [InlineData("sla:\n  - { service: API, target: 99% }\n  - { service: api, target: 99% }", "sla[1].service", "'api' already has an sla (line 12)")]
    [InlineData("sla:\n  - { service: API, target: 99%, credits: [ { below: 99.5%, credit: 10% } ] }", "sla[0].credits[0].below", "would be due in months that met the 99 % target")]
    [InlineData("sla:\n  - { service: API, target: 99%, credits: [ { below: 98%, credit: lots } ] }", "sla[0].credits[0].credit", "write it like credit: 10%")]
    [InlineData("sla:\n  - { service: API, target: 99%, credit: [] }", "sla[0].credit", "unknown key 'credit'; did you mean 'credits'?")]
    public void Mistakes_are_reported_at_their_line_with_how_to_fix_them(string sla, string field, string says)
    {
        var error = SingleError(Minimal + sla + "\n");

        Assert.Equal(field, error.Field);
        Assert.Contains(says, error.Message);
    }
}
