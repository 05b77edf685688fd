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
        var shared = Environment.GetEnvironmentVariable("CHATOPS_SHARED") is { Length: > 0 } configured
            ? configured
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared"));
        var path = System.IO.Path.Combine([shared, "reference", .. parts]);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"Reference file {path} not found; the shared/ folder must sit beside the repository (or set CHATOPS_SHARED).", path);
    }
}
