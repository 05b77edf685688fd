using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Tests.Runbooks;

/// <summary>Helpers for loading YAML under test and finding the repository's shipped runbooks.</summary>
internal static class RunbookYaml
{
    public const string Source = "test.yaml";

    /// <summary>The smallest valid runbook; tests append sections to it.</summary>
    public const string Minimal = """
        name: Test
        severities:
          - key: P1
            name: High
            respond-within: 15m
            resolve-within: 2h
            update-every: 30m
        templates:
          status-update: "{number} {status}"
          close: "Resolved at {resolved_at}"

        """;

    public static IReadOnlyList<RunbookError> Errors(string yaml)
    {
        var result = RunbookLoader.Load(yaml, Source);
        Assert.False(result.Ok);
        Assert.Null(result.Runbook);
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }

    public static RunbookError SingleError(string yaml) => Assert.Single(Errors(yaml));

    public static string RepoFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatOps.sln"))) return Path.Combine(dir.FullName, relativePath);
        }
        throw new InvalidOperationException($"ChatOps.sln not found above {AppContext.BaseDirectory}");
    }
}
