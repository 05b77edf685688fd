namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// A storage test that runs on a fresh database from <paramref name="databases"/> (SQLite or PostgreSQL), with as
/// many replicas on it as the test asks for.
/// </summary>
public abstract class StorageTest(IDatabaseSource databases) : IAsyncLifetime
{
    private readonly List<StorageReplica> _replicas = [];
    private IReadOnlyDictionary<string, string?> _database = null!;

    /// <summary>A replica on this test's database, migrated unless told otherwise.</summary>
    protected async Task<StorageReplica> ReplicaAsync(string name = "replica-a", bool migrate = true)
    {
        var replica = new StorageReplica(_database, name);
        _replicas.Add(replica);
        if (migrate) await replica.MigrateAsync();
        return replica;
    }

    public async Task InitializeAsync() => _database = await databases.NewDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas) await replica.DisposeAsync();
        (databases as IDisposable)?.Dispose();
    }
}
