using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence.Claims;

/// <summary>
/// Leases rows of a <see cref="ClaimQueue"/> to this replica, so replicas sharing a database never handle one row
/// twice at the same time. One statement marks the rows (<c>"ClaimedBy"</c>, <c>"ClaimedUntil"</c> = now + lease)
/// and returns exactly the rows it marked: on PostgreSQL the candidates are locked with <c>FOR UPDATE SKIP LOCKED</c>,
/// so racing replicas take different rows without waiting; SQLite runs one writer at a time, so the conditional
/// UPDATE is atomic by itself. A lease that ran out (its replica died or hung) makes the row claimable again.
/// Finishing a row is the caller's own update (mark it done, or clear <c>"ClaimedUntil"</c> to hand it back).
/// </summary>
public sealed class RowClaims(ChatOpsDbContext db, StorageOptions storage, SqliteWriteGate writes)
{
    /// <summary>Claims up to <paramref name="max"/> rows that are pending, ready and unclaimed at <paramref name="now"/>; returns their ids.</summary>
    public async Task<IReadOnlyList<long>> ClaimAsync(ClaimQueue queue, DateTimeOffset now, int max, CancellationToken ct)
    {
        var parameters = new[]
        {
            Parameter("now", now.UtcTicks),
            Parameter("until", (now + storage.ClaimLease).UtcTicks),
            Parameter("me", storage.ReplicaName),
            Parameter("max", max),
        };
        var ids = await writes.RunAsync(() => db.Database.SqlQueryRaw<long>(ClaimSql(queue, db.Database.IsPostgres()), parameters).ToListAsync(ct), ct);
        ids.Sort();
        return ids;
    }

    /// <summary>At start-up: rows this replica had claimed before it stopped are claimable again at once.</summary>
    public async Task ReleaseThisReplicasClaimsAsync(CancellationToken ct)
    {
        foreach (var queue in ClaimQueues.All)
        {
            // Table names are constants from ClaimQueues, never input.
            var sql = $"UPDATE {Quote(queue.Table)} SET \"ClaimedBy\" = NULL, \"ClaimedUntil\" = NULL WHERE \"ClaimedBy\" = @me";
            await writes.RunAsync(() => db.Database.ExecuteSqlRawAsync(sql, [Parameter("me", storage.ReplicaName)], ct), ct);
        }
    }

    private static string ClaimSql(ClaimQueue queue, bool postgres)
    {
        var table = Quote(queue.Table);
        var order = queue.Order.Where(c => c != "Id").Append("Id").ToList();
        var conditions = new List<string> { $"({queue.Pending})", "(c.\"ClaimedUntil\" IS NULL OR c.\"ClaimedUntil\" <= @now)" };
        if (queue.Ready is { } ready) conditions.Add($"({ready})");
        if (queue.Group is { } group)
        {
            // Unqualified columns in Pending resolve to the innermost table, here the earlier row e.
            conditions.Add($"""
                NOT EXISTS (SELECT 1 FROM {table} AS e WHERE e.{Quote(group)} = c.{Quote(group)} AND ({queue.Pending})
                  AND ({Columns("e", order)}) < ({Columns("c", order)}))
                """);
        }
        return $"""
            UPDATE {table} SET "ClaimedBy" = @me, "ClaimedUntil" = @until
            WHERE "Id" IN (
              SELECT c."Id" FROM {table} AS c
              WHERE {string.Join("\n    AND ", conditions)}
              ORDER BY {Columns("c", order)}
              LIMIT @max{(postgres ? "\n  FOR UPDATE SKIP LOCKED" : "")})
            RETURNING "Id" AS "Value"
            """;
    }

    private static string Columns(string alias, IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"{alias}.{Quote(c)}"));

    private static string Quote(string identifier) => $"\"{identifier}\"";

    private DbParameter Parameter(string name, object value)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
    }
}
