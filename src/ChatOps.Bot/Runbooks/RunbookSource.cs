using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Runbooks;

/// <summary>The runbook in force: the file named by <c>Runbook__Path</c>, or the embedded default built from the seeds.</summary>
public static class RunbookSource
{
    public const string EmbeddedName = "ChatOps.runbooks.default.yaml";

    public static RunbookLoadResult Load(IConfiguration configuration) =>
        configuration["Runbook:Path"] is { Length: > 0 } path ? RunbookLoader.LoadFile(path) : LoadEmbedded();

    public static RunbookLoadResult LoadEmbedded()
    {
        using var stream = typeof(RunbookSource).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"The embedded runbook {EmbeddedName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return RunbookLoader.Load(reader.ReadToEnd(), "runbooks/default.yaml (embedded)");
    }
}
