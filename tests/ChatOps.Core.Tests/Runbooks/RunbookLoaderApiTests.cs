using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Tests.Runbooks;

public class RunbookLoaderApiTests
{
    [Fact]
    public void Missing_file_gives_one_error_naming_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-runbook-{Guid.NewGuid():N}.yaml");

        var result = RunbookLoader.LoadFile(path);

        var error = Assert.Single(result.Errors);
        Assert.False(result.Ok);
        Assert.Equal(path, error.Source);
        Assert.Equal("(file)", error.Field);
        Assert.StartsWith("file not found", error.Message);
    }

    [Fact]
    public void A_directory_instead_of_a_file_gives_an_error()
    {
        var result = RunbookLoader.LoadFile(Path.GetTempPath());

        Assert.Equal("(file)", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void LoadFile_names_errors_after_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-runbook-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "name: x\n");
        try
        {
            Assert.All(RunbookLoader.LoadFile(path).Errors, e => Assert.Equal(path, e.Source));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadOrThrow_lists_every_error_one_per_line()
    {
        var yaml = RunbookYaml.Minimal.Replace("15m", "soon").Replace("30m", "5x");

        var exception = Assert.Throws<RunbookException>(() => RunbookLoader.LoadOrThrow(yaml, "runbooks/bad.yaml"));

        Assert.Equal(2, exception.Errors.Count);
        Assert.Equal(
            "runbooks/bad.yaml:5:21: severities[0].respond-within: 'soon' is not a duration; write it like 30s, 5m, 1h, 1d or 1h30m\n" +
            "runbooks/bad.yaml:7:19: severities[0].update-every: '5x' is not a duration; write it like 30s, 5m, 1h, 1d or 1h30m",
            exception.Message);
    }

    [Fact]
    public void Valid_runbook_loads_with_no_errors()
    {
        var result = RunbookLoader.Load(RunbookYaml.Minimal, RunbookYaml.Source);

        Assert.True(result.Ok);
        Assert.Empty(result.Errors);
        Assert.Equal("Test", result.Runbook.Name);
        Assert.Equal(TimeSpan.FromMinutes(30), result.Runbook.Severities[0].UpdateEvery);
    }
}
