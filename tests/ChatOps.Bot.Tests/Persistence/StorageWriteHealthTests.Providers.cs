using ChatOps.Bot.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// SQLite refuses writes when it cannot create its rollback journal: the file is switched to that mode (EF Core creates
/// it in WAL mode, where the same trick fails reads too) and a symbolic link into a missing folder takes the journal's
/// place, so every write fails at once with SQLITE_CANTOPEN, as a read-only file or a full disk fails at the first page
/// written, and reads go on. No root's powers needed (a chmod does not stop root).
/// </summary>
public sealed class SqliteStorageWriteHealthTests() : StorageWriteHealthTests(new SqliteDatabases())
{
    protected override string RefusalError => "unable to open database file";

    protected override async Task StopWritesAsync(StorageReplica replica)
    {
        await using (var connection = new SqliteConnection(replica.Service<StorageOptions>().ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE";
            Assert.Equal("delete", await command.ExecuteScalarAsync());
        }
        File.CreateSymbolicLink(Journal(replica), Path.Combine(Path.GetDirectoryName(Journal(replica))!, "no-such-folder", "journal"));
    }

    protected override Task ResumeWritesAsync(StorageReplica replica)
    {
        File.Delete(Journal(replica));
        return Task.CompletedTask;
    }

    private static string Journal(StorageReplica replica) =>
        new SqliteConnectionStringBuilder(replica.Service<StorageOptions>().ConnectionString).DataSource + "-journal";
}

/// <summary>PostgreSQL refuses writes in a database whose new sessions are read-only (as a standby after a failover): 25006.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageWriteHealthTests(PostgresFixture postgres) : StorageWriteHealthTests(postgres)
{
    protected override string RefusalError => "read-only transaction";

    protected override Task StopWritesAsync(StorageReplica replica) => SetReadOnlyAsync(replica, true);

    protected override Task ResumeWritesAsync(StorageReplica replica) => SetReadOnlyAsync(replica, false);

    private static async Task SetReadOnlyAsync(StorageReplica replica, bool readOnly)
    {
        var connectionString = replica.Service<StorageOptions>().ConnectionString;
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            // This session writes whatever the database's default, so it can also switch the default back.
            await using (var readWrite = new NpgsqlCommand("SET default_transaction_read_only = off", connection))
                await readWrite.ExecuteNonQueryAsync();
            await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" SET default_transaction_read_only = {(readOnly ? "on" : "off")}", connection);
            await alter.ExecuteNonQueryAsync();
        }
        // Sessions take the default when they start: the replica's pooled ones are started again.
        await using var pooled = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(pooled);
    }
}
