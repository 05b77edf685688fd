namespace ChatOps.Bot.Tests.Support;

/// <summary>A test class with its own shell harness (temp folder, SQLite file, manual clock), removed afterwards.</summary>
public abstract class ShellTest : IDisposable
{
    protected ShellHarness Shell { get; } = new();

    public void Dispose()
    {
        Shell.Dispose();
        GC.SuppressFinalize(this);
    }
}
