using ChatOps.Tests.Shared;
using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests;

/// <summary><c>runbook check</c> and start-up refuse bad runbooks with file, line and field.</summary>
public sealed class RunbookCommandLineTests : ShellTest
{
    [Theory]
    [InlineData("default.yaml")]
    [InlineData("sev1-sev3.yaml")]
    public async Task The_shipped_runbooks_pass_the_check(string name)
    {
        var run = await Shell.RunAsync(["runbook", "check", RepoFiles.Path("runbooks", name)]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": OK", run.Output);
    }

    [Fact]
    public async Task A_bad_runbook_fails_the_check_naming_file_line_and_field()
    {
        var file = Path.Combine(Shell.Folder, "bad.yaml");
        var yaml = (await File.ReadAllTextAsync(RepoFiles.Path("runbooks", "default.yaml")))
            .Replace("update-every: 15m", "update-every: 15x");
        await File.WriteAllTextAsync(file, yaml);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("update-every: 15x")) + 1;

        var run = await Shell.RunAsync(["runbook", "check", file]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:{line}:", run.Error);
        Assert.Contains("severities[0].update-every", run.Error);
    }

    [Fact]
    public async Task The_shell_refuses_to_start_on_a_bad_runbook_and_touches_no_database()
    {
        var file = Path.Combine(Shell.Folder, "broken.yaml");
        await File.WriteAllTextAsync(file, "name: Broken\nseverities: []\n");
        Shell.Settings["Runbook:Path"] = file;

        var run = await Shell.RunScriptAsync("alice", "/incident declare P0 Anything");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.yaml:", run.Error);
        Assert.False(File.Exists(Shell.DatabasePath));
    }

    [Fact]
    public async Task A_configured_runbook_drives_the_policy()
    {
        Shell.Settings["Runbook:Path"] = RepoFiles.Path("runbooks", "sev1-sev3.yaml");

        var run = await Shell.RunScriptAsync("alice", "/incident declare P0 Anything", "/incident declare Sev2 Claims page slow");

        Assert.Contains("Unknown severity 'P0'. This runbook's severities are Sev1, Sev2, Sev3.", run.Output);
        Assert.Contains("Declared INC-2026-001 (Sev2)", run.Output);
    }

    [Fact]
    public async Task Unknown_arguments_print_the_usage_and_fail()
    {
        var run = await Shell.RunAsync(["frobnicate"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Error);
    }
}
