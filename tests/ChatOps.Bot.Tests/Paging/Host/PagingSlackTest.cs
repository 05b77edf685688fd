using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Paging.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Paging.Host;

/// <summary>
/// The real bot on Slack with a runbook that pages, a fake PagerDuty and a fake Opsgenie on loopback. P0 pages
/// primary (PagerDuty) and platform (Opsgenie) at declaration and backup (PagerDuty) at its tier 1; unset (PagerDuty)
/// names a variable that is never set.
/// </summary>
public abstract class PagingSlackTest : SlackIncidentTest
{
    public const string PrimaryKey = "R0PRIMARY0000000000000000000001";
    public const string BackupKey = "R0BACKUP00000000000000000000001";

    public FakePagerDutyServer PagerDuty { get; private set; } = null!;
    public FakeOpsgenieServer Opsgenie { get; private set; } = null!;
    private string _runbookFolder = "";

    public override async Task InitializeAsync()
    {
        PagerDuty = await FakePagerDutyServer.StartAsync();
        Opsgenie = await FakeOpsgenieServer.StartAsync();
        _runbookFolder = Directory.CreateTempSubdirectory("chatops-paging-runbook-").FullName;
        await File.WriteAllTextAsync(Path.Combine(_runbookFolder, "paging.yaml"), PagingRunbook());
        await base.InitializeAsync();
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Runbook:Path"] = Path.Combine(_runbookFolder, "paging.yaml");
        settings["PD_PRIMARY_KEY"] = PrimaryKey;
        settings["PD_BACKUP_KEY"] = BackupKey;
        settings["Paging:PagerDuty:EventsUrl"] = PagerDuty.EventsUrl.ToString();
        settings["Paging:Opsgenie:ApiUrl"] = Opsgenie.ApiUrl.ToString();
        settings["Paging:Opsgenie:ApiKey"] = FakeOpsgenieServer.ApiKey;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PagerDuty.DisposeAsync();
        await Opsgenie.DisposeAsync();
    }

    /// <summary>The shipped runbook with pagers added.</summary>
    private static string PagingRunbook()
    {
        const string P0 = """
                invite: [oncall-engineer, engineering-lead]
                escalation:
                  - name: Critical escalation
                    after: 5m
                    people: [cto, head-of-engineering]

            """;
        const string P0Paging = """
                invite: [oncall-engineer, engineering-lead]
                page: [primary, platform]
                escalation:
                  - name: Critical escalation
                    after: 5m
                    people: [cto, head-of-engineering]
                    page: [backup]

            """;
        const string Pagers = """

            pagers:
              - name: primary
                pagerduty: { routing-key-env: PD_PRIMARY_KEY }
              - name: platform
                opsgenie: { team: platform }
              - name: backup
                pagerduty: { routing-key-env: PD_BACKUP_KEY }
              - name: unset
                pagerduty: { routing-key-env: PD_UNSET_KEY }

            """;
        var yaml = File.ReadAllText(RepoFiles.Path("runbooks", "default.yaml")).ReplaceLineEndings("\n");
        Assert.Contains(P0, yaml);
        return yaml.Replace(P0, P0Paging, StringComparison.Ordinal) + Pagers;
    }

    /// <summary>The events PagerDuty received with this action, in order.</summary>
    protected IReadOnlyList<JsonNode> PagerDutyEvents(string action) =>
        PagerDuty.Requests.Where(r => (string?)r.Json?["event_action"] == action).Select(r => r.Json!).ToList();

    protected async Task<JsonNode> HealthAsync() => JsonNode.Parse(await Host.Client.GetStringAsync("/healthz"))!;

    /// <summary>Moves the clock on and lets the outbox deliver what came due.</summary>
    protected async Task AdvanceAsync(TimeSpan step)
    {
        Host.Time.Advance(step);
        await Host.InboxIdleAsync();
    }
}
