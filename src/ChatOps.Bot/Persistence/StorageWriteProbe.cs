using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// A real write for the readiness check: one heartbeat row in the settings table, upserted and committed, at most once
/// per interval however often readiness is asked. Opening the database, reading it or taking its write lock is not
/// enough: a full disk or a read-only file fails only once a page is written, and in rollback-journal mode SQLite
/// grants <c>BEGIN IMMEDIATE</c> and answers reads while it cannot create its journal. Its outcome goes to
/// <see cref="StorageWriteHealth"/> like any other write's.
/// </summary>
public sealed class StorageWriteProbe(IServiceScopeFactory scopes, StorageWriteHealth health, StorageOptions storage, TimeProvider time)
{
    public const string Key = "storage.write-probe";

    private readonly SemaphoreSlim _one = new(1, 1);
    private DateTimeOffset? _lastProbe;

    /// <summary>Writes the heartbeat unless it was written less than <paramref name="interval"/> ago; then says how writes are going.</summary>
    public async Task<StorageWriteState> CheckAsync(TimeSpan interval, CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            if (_lastProbe is { } last && now - last < interval) return health.Current;
            _lastProbe = now;
            await WriteAsync(now, ct);
            return health.Current;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task WriteAsync(DateTimeOffset now, CancellationToken ct)
    {
        var value = $"{storage.ReplicaName} {now:O}";
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
            // One statement both providers understand, so replicas probing at once never collide on the new key.
            await scope.ServiceProvider.GetRequiredService<SqliteWriteGate>().RunAsync(() => db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Settings" ("Key", "Value") VALUES ({Key}, {value})
                ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value"
                """, ct), ct);
            health.Succeeded();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            health.Failed(StorageFaults.Describe(ex) ?? ex.Message);
        }
    }
}
