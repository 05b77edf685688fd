using System.Data.Common;
using ChatOps.Tests.Shared;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// A database as the release before scaffolded migrations left it: the schema its five hand-written migrations build
/// (Released/Sqlite.sql, Released/Postgres.sql, history rows included) and rows as it wrote them (Released/Rows.sql).
/// Plain SQL from files, so nothing of today's code takes part in making it.
/// </summary>
public static class ReleasedDatabase
{
    public const string ProductVersion = "10.0.14";

    public static readonly IReadOnlyList<string> MigrationIds =
        ["202611230001_Initial", "202611230002_Inbox", "202611230003_Replicas", "202611230004_Outbox", "202611230005_AuditAndDeadlines"];

    /// <summary>Fills the new, empty database <paramref name="database"/> (settings from an <see cref="IDatabaseSource"/>).</summary>
    public static async Task CreateAsync(IReadOnlyDictionary<string, string?> database)
    {
        var provider = database["Storage:Provider"]!;
        await using var connection = Connect(provider, database["ConnectionStrings:ChatOps"]!);
        await connection.OpenAsync();
        foreach (var file in new[] { $"{provider}.sql", "Rows.sql" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = await File.ReadAllTextAsync(RepoFiles.Path("tests", "ChatOps.Bot.Tests", "Persistence", "Released", file));
            await command.ExecuteNonQueryAsync();
        }
    }

    private static DbConnection Connect(string provider, string connectionString) =>
        provider == "Postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
}
