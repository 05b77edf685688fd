using System.Data.Common;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence.Claims;
using ChatOps.Bot.Persistence.Migrations.Postgres;
using ChatOps.Bot.Persistence.Migrations.Sqlite;
using ChatOps.Bot.Signals;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOps.Bot.Persistence;

/// <summary>Registers the database chosen by configuration (SQLite or PostgreSQL) and prepares it at start-up.</summary>
public static class DatabaseSetup
{
    // Any fixed number: replicas starting together take turns applying migrations.
    private const long MigrationLockKey = 0x43_68_61_74_4F_70_73;

    public static IServiceCollection AddChatOpsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = StorageOptions.Read(configuration);
        services.AddSingleton(storage);
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StorageWriteHealth>();
        services.AddSingleton<StorageWriteRecorder>();
        services.AddSingleton<StorageWriteProbe>();
        // Each provider's own context, for its own migrations; everything else asks for ChatOpsDbContext. The options are
        // built once (a singleton: the interceptors keep no state per context), not again for every scope: every
        // acknowledgement, unit of work and delivery has its own context.
        if (storage.Provider == StorageProvider.Postgres)
            services.AddDbContextPool<ChatOpsDbContext, PostgresChatOpsDbContext>((sp, options) =>
                Quiet(options.UseNpgsql(storage.ConnectionString).AddInterceptors(sp.GetRequiredService<StorageWriteRecorder>())));
        else
            services.AddDbContextPool<ChatOpsDbContext, SqliteChatOpsDbContext>((sp, options) =>
                Quiet(options.UseSqlite(storage.ConnectionString).AddInterceptors(new SqliteDurability(), sp.GetRequiredService<StorageWriteRecorder>())));
        services.AddSingleton<SqliteWriteGate>();
        // Requests arrive on the wall clock, whatever clock the incidents run on.
        services.TryAddSingleton(new RequestsInFlight(TimeProvider.System));
        services.AddSingleton<InboxGroupCommit>();
        services.AddScoped<RowClaims>();
        services.AddScoped<IIncidentStore, EfIncidentStore>();
        services.AddScoped<IIncidentHistory, EfIncidentHistory>();
        services.AddScoped<IAuditLog, EfAuditLog>();
        services.AddScoped<IAlertLedger, EfAlertLedger>();
        services.AddScoped<IDrillLog, EfDrillLog>();
        services.AddScoped<EfMaintenanceCalendar>();
        services.AddScoped<IMaintenanceCalendar>(sp => sp.GetRequiredService<EfMaintenanceCalendar>());
        services.AddScoped<IDeliveredIds, IncidentPlatformIds>();
        return services;
    }

    /// <summary>The bot reports a failed database call itself, in one line (or retries it when it was a race it expects).</summary>
    private static void Quiet(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log(
            (RelationalEventId.ConnectionError, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug), (CoreEventId.QueryIterationFailed, LogLevel.Debug)));

    /// <summary>
    /// Applies pending migrations (one replica at a time on PostgreSQL) and hands back the claims a previous run of this
    /// replica left behind, so a restarted replica carries on at once instead of waiting for its old leases to expire.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
        var storage = scope.ServiceProvider.GetRequiredService<StorageOptions>();
        try
        {
            if (storage.Provider == StorageProvider.Postgres) await MigrateOneAtATimeAsync(db, ct);
            else await MigrateIfPendingAsync(db, ct);
            await scope.ServiceProvider.GetRequiredService<RowClaims>().ReleaseThisReplicasClaimsAsync(ct);
        }
        catch (Exception ex) when (DatabaseError(ex) is { } error)
        {
            throw new StorageException($"Could not prepare the {storage.Describe()}: {error.Message.TrimEnd('.')}. Check ConnectionStrings__ChatOps and that {(storage.Provider == StorageProvider.Sqlite ? "its folder exists and may be written" : "the database is reachable")}.", ex);
        }
    }

    /// <summary>The database's own error, also when EF wrapped it (a refused connection comes as a "transient failure").</summary>
    private static DbException? DatabaseError(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is DbException db) return db;
        return null;
    }

    /// <summary>
    /// Migrates only when a migration is pending. EF Core's Migrate also compares the model with the last migration's
    /// snapshot every time (building the snapshot's model and diffing the two), which was a large part of the bot's
    /// start-up with nothing to apply; the tests check that the migrations match the model (MigrationDriftTests).
    /// </summary>
    private static async Task MigrateIfPendingAsync(ChatOpsDbContext db, CancellationToken ct)
    {
        var applied = await AppliedMigrationsAsync(db, ct);
        if (db.Database.GetMigrations().Any(id => !applied.Contains(id))) await db.Database.MigrateAsync(ct);
    }

    /// <summary>
    /// The ids in EF Core's history table (none when it or the database does not exist yet), read with plain SQL: EF's
    /// own reading (GetPendingMigrations) first builds a model of the history table with the full model builder, a
    /// fifth of a second of a cold start that the compiled model (CompiledModels) otherwise spares. A SQLite file that
    /// does not exist is not opened (which would create it empty): EF creates it, in WAL mode (SqliteDurability).
    /// </summary>
    private static async Task<HashSet<string>> AppliedMigrationsAsync(ChatOpsDbContext db, CancellationToken ct)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct)) return applied;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = db.Database.IsPostgres()
                ? $"SELECT to_regclass('\"{HistoryTable}\"') IS NOT NULL"
                : $"SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'";
            if (!Convert.ToBoolean(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture)) return applied;
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryTable}\"";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
            return applied;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>EF Core's default history table, in the default schema (the bot sets neither).</summary>
    private const string HistoryTable = HistoryRepository.DefaultTableName;

    private static async Task MigrateOneAtATimeAsync(ChatOpsDbContext db, CancellationToken ct)
    {
        // A session lock on one connection; unlocked explicitly, because a pooled connection keeps its session.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", ct);
            try
            {
                // Made first, so EF's look at the applied migrations does not log a spurious error on a new database.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
                await MigrateIfPendingAsync(db, ct);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
