namespace ChatOps.Bot.Tests.Persistence;

/// <summary>SQLite files in a temp folder, deleted with it.</summary>
public sealed class SqliteDatabases : IDatabaseSource, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-storage-").FullName;
    private int _count;

    public Task<Dictionary<string, string?>> NewDatabaseAsync() => Task.FromResult(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:ChatOps"] = $"Data Source={Path.Combine(_folder, $"chatops-{Interlocked.Increment(ref _count)}.db")};Pooling=False",
    });

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
