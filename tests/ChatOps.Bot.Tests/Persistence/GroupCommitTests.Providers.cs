using ChatOps.Bot.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>SQLite: another connection holds the write lock (<c>BEGIN IMMEDIATE</c>); a trigger refuses a key.</summary>
public sealed class SqliteGroupCommitTests() : GroupCommitTests(new SqliteDatabases())
{
    protected override async Task<IAsyncDisposable> HoldWritesAsync(StorageReplica replica)
    {
        var connection = new SqliteConnection(replica.Service<StorageOptions>().ConnectionString);
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    protected override async Task RefuseKeyAsync(StorageReplica replica, string key)
    {
        await using var connection = new SqliteConnection(replica.Service<StorageOptions>().ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""CREATE TRIGGER refuse_key BEFORE INSERT ON "Inbox" WHEN NEW."DedupeKey" = '{key}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END""";
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>PostgreSQL: another session locks the inbox against writes (<c>LOCK TABLE ... EXCLUSIVE</c>); a trigger refuses a key.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGroupCommitTests(PostgresFixture postgres) : GroupCommitTests(postgres)
{
    protected override async Task<IAsyncDisposable> HoldWritesAsync(StorageReplica replica)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(replica.Service<StorageOptions>().ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""BEGIN; LOCK TABLE "Inbox" IN EXCLUSIVE MODE""", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    protected override async Task RefuseKeyAsync(StorageReplica replica, string key)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(replica.Service<StorageOptions>().ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            CREATE FUNCTION refuse_key() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW."DedupeKey" = '{key}' THEN RAISE EXCEPTION 'refused by the test'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_key BEFORE INSERT ON "Inbox" FOR EACH ROW EXECUTE FUNCTION refuse_key();
            """, connection);
        await command.ExecuteNonQueryAsync();
    }
}
