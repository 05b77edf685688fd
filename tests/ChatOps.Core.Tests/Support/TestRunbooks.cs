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

    /// <summary>The default runbook with its <c>access:</c> section replaced.</summary>
    public static Runbook WithAccess(string accessSection)
    {
        var yaml = DefaultYaml.Value;
        return RunbookLoader.LoadOrThrow(yaml[..yaml.IndexOf("\naccess:", StringComparison.Ordinal)] + "\n" + accessSection, "test.yaml");
    }
}
