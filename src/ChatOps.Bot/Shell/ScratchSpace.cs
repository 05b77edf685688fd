namespace ChatOps.Bot.Shell;

/// <summary>
/// <c>shell --scratch</c>: a throwaway SQLite database and post-mortem folder in a temp folder, deleted when the shell
/// exits, so rehearsals never mix with real incidents, their numbers, the drill log or the shell's saved clock.
/// </summary>
public sealed class ScratchSpace : IDisposable
{
    private ScratchSpace(string folder) => Folder = folder;

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "scratch.db");

    public string PostMortemFolder => Path.Combine(Folder, "postmortems");

    public static ScratchSpace Create() => new(Directory.CreateTempSubdirectory("chatops-scratch-").FullName);

    /// <summary>The configuration with storage and post-mortems pointed here, whatever was set for the real bot.</summary>
    public IConfiguration Over(IConfiguration configuration) =>
        new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["ConnectionStrings:ChatOps"] = $"Data Source={DatabasePath};Pooling=False",
                ["PostMortems:Directory"] = PostMortemFolder,
            })
            .Build();

    public string Notice =>
        $"Scratch shell: a throwaway database and post-mortem folder in {Folder}, deleted when the shell exits. Nothing here touches real incidents, the drill log or the saved clock.";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still held open (or already gone): the temp folder is the system's to clean.
        }
    }
}
