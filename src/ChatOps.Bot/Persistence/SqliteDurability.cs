using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// How hard SQLite commits. A database file the bot creates is in WAL mode: EF Core sets <c>journal_mode=wal</c> when
/// <see cref="DatabaseSetup.MigrateAsync"/> creates the file. Nothing in the bot sets or checks the mode, so a file
/// made another way (created empty beforehand, copied from a rollback-journal database) keeps the mode it has, SQLite's
/// rollback journal by default, in which every commit syncs the database file whatever the setting below.
/// A connection commits with <c>synchronous=NORMAL</c>: in WAL mode the commit is safe when the process dies (kill -9,
/// a crash) and is synced to disk at the next checkpoint or durable commit. An intent the bot is about to acknowledge
/// is stored with <c>synchronous=FULL</c> (<see cref="DurablyAsync"/>), which also syncs everything committed before it:
/// what a person was told was received survives a power cut too. Lost on a power cut can only be bookkeeping after an
/// acknowledged intent (a unit of work, a delivery mark), which the bot redoes from that intent. One fsync per
/// acknowledgement instead of one per commit (about 25 per declaration).
/// </summary>
public sealed class SqliteDurability : DbConnectionInterceptor
{
    private const string Normal = "PRAGMA synchronous = NORMAL;";
    private const string Full = "PRAGMA synchronous = FULL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Execute(connection, Normal);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Normal;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="write"/> (its own transaction) with a durable commit on SQLite; as is on PostgreSQL.</summary>
    public static async Task<T> DurablyAsync<T>(ChatOpsDbContext db, Func<Task<T>> write, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null) return await write();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync(Full, ct);
            return await write();
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(Normal, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
