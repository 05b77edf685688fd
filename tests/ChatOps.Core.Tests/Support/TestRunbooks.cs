using ChatOps.Core.Runbooks;
using ChatOps.Core.Tests.Runbooks;

namespace ChatOps.Core.Tests.Support;

/// <summary>The shipped default runbook (P0-P3), loaded once from the repository.</summary>
internal static class TestRunbooks
{
    private static readonly Lazy<Runbook> DefaultRunbook = new(() =>
        RunbookLoader.LoadOrThrow(File.ReadAllText(RunbookYaml.RepoFile(Path.Combine("runbooks", "default.yaml"))), "runbooks/default.yaml"));

    public static Runbook Default => DefaultRunbook.Value;

    public static Severity Severity(string key) => Default.FindSeverity(key) ?? throw new ArgumentException($"No severity {key}");
}
