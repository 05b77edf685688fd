namespace ChatOps.Tests.Shared;

/// <summary>Finds the repository (by ChatOps.sln) and the shared reference folder beside it (or <c>CHATOPS_SHARED</c>).</summary>
public static class RepoFiles
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ChatOps.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ChatOps.sln not found above the test binaries.");
        }
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>A file under shared/reference (published Slack and Teams specs and payloads).</summary>
    public static string Reference(params string[] parts)
    {
        var shared = SharedFolder();
        var path = System.IO.Path.Combine([shared, "reference", .. parts]);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"Reference file {path} not found; the shared/ folder must sit beside the repository (or set CHATOPS_SHARED).", path);
    }

    /// <summary><c>CHATOPS_SHARED</c>, else the nearest <c>shared/</c> with a reference folder beside the repository or above it.</summary>
    private static string SharedFolder()
    {
        if (Environment.GetEnvironmentVariable("CHATOPS_SHARED") is { Length: > 0 } configured) return configured;
        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "reference"))) return candidate;
        }
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared"));
    }
}
