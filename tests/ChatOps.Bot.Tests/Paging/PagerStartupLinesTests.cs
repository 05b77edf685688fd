using ChatOps.Bot.Host;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Runbooks;
using ChatOps.Core.Runbooks;
using Microsoft.Extensions.Configuration;

namespace ChatOps.Bot.Tests.Paging;

/// <summary>The start-up summary's line per pager: whether its credentials are set, naming the setting and never the secret.</summary>
public sealed class PagerStartupLinesTests
{
    private const string Secret = "R0SECRETROUTINGKEY000000000000001";

    private static readonly Runbook Runbook = RunbookSource.LoadEmbedded().Runbook! with
    {
        Pagers =
        [
            new Pager("primary", PagerService.PagerDuty, "PD_PRIMARY_KEY", []),
            new Pager("backup", PagerService.PagerDuty, "PD_BACKUP_KEY", []),
            new Pager("platform", PagerService.Opsgenie, null, [new PagerResponder("team", "platform")]),
        ],
    };

    [Fact]
    public void Each_pager_gets_one_line_saying_which_setting_holds_its_credentials_and_whether_it_is_set()
    {
        var settings = new PagingSettings(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PD_PRIMARY_KEY"] = Secret }).Build());

        var lines = StartupSummary.PagerLines(Runbook, settings).ToList();

        Assert.Equal(
        [
            (true, "Pager primary (PagerDuty): PD_PRIMARY_KEY is set"),
            (false, "Pager backup (PagerDuty): PD_BACKUP_KEY is NOT set; pages to it will fail and be reported in the incident channel"),
            (false, "Pager platform (Opsgenie: team platform): Paging__Opsgenie__ApiKey is NOT set; pages to it will fail and be reported in the incident channel"),
        ], lines);
        Assert.DoesNotContain(lines, l => l.Line.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void An_Opsgenie_pager_is_set_once_the_api_key_is()
    {
        var settings = new PagingSettings(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Paging:Opsgenie:ApiKey"] = Secret }).Build());

        Assert.Equal((true, "Pager platform (Opsgenie: team platform): Paging__Opsgenie__ApiKey is set"), StartupSummary.PagerLines(Runbook, settings).Last());
    }
}
