using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// A SQLite file the bot creates at start is in WAL mode (SqliteDurability relies on it): the start's look at the
/// applied migrations must not open, and so create, the file before EF Core's migration creates it.
/// </summary>
public sealed class NewSqliteDatabaseTests : IDisposable
{
    private readonly SqliteDatabases _databases = new();

    [Fact]
    public async Task A_database_the_bot_creates_is_in_wal_mode_and_fully_migrated()
    {
        await using var replica = new StorageReplica(await _databases.NewDatabaseAsync(), "a");

        await replica.MigrateAsync();

        var (mode, pending) = await replica.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatOpsDbContext>();
            var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();
            return (mode, (await db.Database.GetPendingMigrationsAsync()).ToList());
        });
        Assert.Equal("wal", mode);
        Assert.Empty(pending);
    }

    public void Dispose() => _databases.Dispose();
}
