namespace ChatOps.Bot.Tests.Support;

/// <summary>
/// Finds <c>shared/reference</c>, the published specs and payloads tests check against: <c>$CHATOPS_SHARED/reference</c>
/// when that variable is set, otherwise a <c>shared</c> folder next to the repository (or any folder above the test binaries).
/// </summary>
public static class SharedReference
{
    public const string EnvironmentVariable = "CHATOPS_SHARED";

    private static readonly Lazy<string> Root = new(Locate);

    public static string Folder => Root.Value;

    public static string PathTo(params string[] parts) => Path.Combine([Folder, .. parts]);

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var folder = Path.Combine(configured, "reference");
            return Directory.Exists(folder)
                ? folder
                : throw new InvalidOperationException($"{EnvironmentVariable}={configured} has no reference/ folder.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"Cannot find shared/reference above {AppContext.BaseDirectory}. The repository expects the shared folder next to it " +
            $"(<repo>/../shared); set {EnvironmentVariable} to the shared folder to point elsewhere.");
    }
}
