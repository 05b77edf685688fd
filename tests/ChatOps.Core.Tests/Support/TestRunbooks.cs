using ChatOps.Core.Runbooks;
using ChatOps.Core.Tests.Runbooks;

namespace ChatOps.Core.Tests.Support;

/// <summary>The shipped default runbook (P0-P3), loaded once from the repository, and variants of it.</summary>
internal static class TestRunbooks
{
    private static readonly Lazy<string> DefaultYaml = new(() => File.ReadAllText(RunbookYaml.RepoFile(Path.Combine("runbooks", "default.yaml"))));

    private static readonly Lazy<Runbook> DefaultRunbook = new(() => RunbookLoader.LoadOrThrow(DefaultYaml.Value, "runbooks/default.yaml"));

    public static Runbook Default => DefaultRunbook.Value;

    public static Severity Severity(string key) => Default.FindSeverity(key) ?? throw new ArgumentException($"No severity {key}");

    /// <summary>
    /// The default runbook with pagers: P0 pages primary (PagerDuty) and platform (Opsgenie) at declaration and
    /// backup (PagerDuty) at its tier 1; P1 pages nobody at declaration and backup at its tier 2; P2 and P3 page nobody.
    /// </summary>
    public static Runbook Paging
    {
        get
        {
            var pagers = new Pager[]
            {
                new("primary", PagerService.PagerDuty, "PD_PRIMARY_KEY", []),
                new("platform", PagerService.Opsgenie, null, [new PagerResponder("team", "platform")]),
                new("backup", PagerService.PagerDuty, "PD_BACKUP_KEY", []),
            };
            var severities = Default.Severities.Select(s => s.Key switch
            {
                "P0" => s with { Page = ["primary", "platform"], Escalation = [s.Escalation[0] with { Page = ["backup"] }] },
                "P1" => s with { Escalation = [s.Escalation[0], s.Escalation[1] with { Page = ["backup"] }] },
                _ => s,
            }).ToList();
            return Default with { Pagers = pagers, Severities = severities };
        }
    }

    /// <summary>The default runbook owing no communications, for tests of other reminders that count what fires.</summary>
    public static Runbook WithoutCommunications => Default with { Communications = CommunicationPolicy.None };

    /// <summary>The default runbook with its <c>access:</c> section replaced.</summary>
    public static Runbook WithAccess(string accessSection)
    {
        var yaml = DefaultYaml.Value;
        return RunbookLoader.LoadOrThrow(yaml[..yaml.IndexOf("\naccess:", StringComparison.Ordinal)] + "\n" + accessSection, "test.yaml");
    }
}
