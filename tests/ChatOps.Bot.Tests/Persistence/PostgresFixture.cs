using ChatOps.Tests.Shared;
using Npgsql;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>One throwaway PostgreSQL cluster for every test in <see cref="PostgresCollection"/>; each test makes its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime, IDatabaseSource
{
    private PostgresCluster? _cluster;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The PostgreSQL cluster did not start.");

    /// <summary>Settings that point the bot at a new, empty PostgreSQL database.</summary>
    public async Task<Dictionary<string, string?>> NewDatabaseAsync() => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:ChatOps"] = await Cluster.CreateDatabaseAsync(),
    };

    public async Task InitializeAsync() => _cluster = await PostgresCluster.StartAsync();

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
