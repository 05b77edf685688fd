using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.CommandLine;

/// <summary>A test that runs the built bot as its own process in a temp folder, removed afterwards.</summary>
public abstract class BotRunTest : IDisposable
{
    protected static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    protected string Folder { get; } = Directory.CreateTempSubdirectory("chatops-cli-").FullName;

    /// <summary>Runs the bot in <see cref="Folder"/> to its exit.</summary>
    protected Task<BotExit> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        BotRun.RunAsync(Folder, environment, args, Timeout);

    /// <summary>
    /// How every bad setting ends: a non-zero exit, one line on standard error that names <paramref name="key"/>, no
    /// stack trace anywhere, and no database made.
    /// </summary>
    protected void AssertStopsWithOneLineNaming(BotExit run, string key)
    {
        Assert.True(run.ExitCode != 0, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(key, line);
        Assert.DoesNotContain("   at ", run.Output + run.Error);
        Assert.DoesNotContain("Unhandled exception", run.Error);
        Assert.False(File.Exists(Path.Combine(Folder, "chatops.db")), "a bad setting must stop the bot before it makes a database");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        GC.SuppressFinalize(this);
    }
}
