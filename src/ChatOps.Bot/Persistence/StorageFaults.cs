using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Tells a database that cannot store anything (a full disk, a read-only or immutable file, an I/O error, a lock held
/// for good, a server gone or refusing writes) from a write the database refused for what it said: a duplicate key or a
/// lost race are answers, not trouble, and must not make the bot look broken.
/// </summary>
public static class StorageFaults
{
    // SQLite's primary result codes for trouble with the storage itself: PERM, BUSY, NOMEM, READONLY, IOERR, CORRUPT,
    // FULL, CANTOPEN, PROTOCOL, NOTADB (https://www.sqlite.org/rescode.html). Not CONSTRAINT (a duplicate), INTERRUPT
    // (a cancelled command) or ERROR (a mistake in the statement).
    private static readonly HashSet<int> SqliteStorageCodes = [3, 5, 7, 8, 10, 11, 13, 14, 15, 26];

    /// <summary>The database's own one-line error when <paramref name="error"/> (or what it wraps) is storage trouble; else null.</summary>
    public static string? Describe(Exception? error)
    {
        for (var ex = error; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case SqliteException sqlite:
                    return SqliteStorageCodes.Contains(sqlite.SqliteErrorCode) ? OneLine(sqlite.Message) : null;
                case DbException when ex.GetType().Namespace == nameof(Npgsql):
                    return DescribePostgres(ex);
                case DbException:
                    return null;
            }
        }
        return null;
    }

    // Its own method: naming Npgsql's types loads Npgsql when the method first runs, also in a bot on SQLite.
    private static string? DescribePostgres(Exception ex) => ex switch
    {
        PostgresException postgres => IsStorageTrouble(postgres.SqlState) ? OneLine(postgres.Message) : null,
        // No answer from the server at all: refused, reset, timed out.
        NpgsqlException npgsql => OneLine(npgsql.InnerException is { } cause and not NpgsqlException ? $"{npgsql.Message} ({cause.Message})" : npgsql.Message),
        _ => null,
    };

    // PostgreSQL's classes: 08 connection, 53 insufficient resources (53100 disk full), 58 system error (58030 I/O), XX
    // internal (XX001 data corrupted), 57P01-57P05 the server shutting down or not yet up, 25006 a read-only
    // transaction (a standby after a failover). Not 23 (a duplicate), 40 (a lost race, retried), 57014 (cancelled).
    private static bool IsStorageTrouble(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
        || state.StartsWith("58", StringComparison.Ordinal) || state.StartsWith("XX", StringComparison.Ordinal)
        || state.StartsWith("57P", StringComparison.Ordinal) || state == "25006";

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
