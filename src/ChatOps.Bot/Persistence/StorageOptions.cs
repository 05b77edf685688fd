using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Where the bot keeps its state and how replicas share work: <c>Storage__Provider</c> (Sqlite or Postgres),
/// <c>ConnectionStrings__ChatOps</c>, <c>Storage__ClaimLease</c> and <c>Storage__ReplicaName</c>.
/// </summary>
public sealed record StorageOptions(StorageProvider Provider, string ConnectionString, TimeSpan ClaimLease, string ReplicaName)
{
    public const string DefaultSqliteConnection = "Data Source=chatops.db";
    public static readonly TimeSpan DefaultClaimLease = TimeSpan.FromMinutes(2);

    /// <summary>Reads and checks the settings; a mistake is a <see cref="StorageException"/> that names the key to fix.</summary>
    public static StorageOptions Read(IConfiguration configuration)
    {
        var provider = ParseProvider(configuration["Storage:Provider"]);
        var configured = configuration.GetConnectionString("ChatOps");
        var connection = provider == StorageProvider.Postgres ? PostgresConnection(configured) : SqliteConnection(configured);
        return new StorageOptions(provider, connection, ParseLease(configuration["Storage:ClaimLease"]), ReplicaNameFrom(configuration["Storage:ReplicaName"]));
    }

    /// <summary>The database without secrets, for messages: a file name, or host, port and database.</summary>
    public string Describe()
    {
        if (Provider == StorageProvider.Sqlite) return $"SQLite database {SqliteFile(new SqliteConnectionStringBuilder(ConnectionString).DataSource)}";
        return PostgresDescription(ConnectionString);
    }

    // Its own method: a method that names an Npgsql type loads Npgsql when it first runs, also on SQLite.
    private static string PostgresDescription(string connection)
    {
        var pg = new NpgsqlConnectionStringBuilder(connection);
        return $"PostgreSQL database '{pg.Database}' on {pg.Host}:{pg.Port}";
    }

    private static string SqliteFile(string dataSource) =>
        dataSource.Length == 0 || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal) ? dataSource : Path.GetFullPath(dataSource);

    private static StorageProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StorageProvider.Sqlite,
        "postgres" or "postgresql" => StorageProvider.Postgres,
        _ => throw new StorageException($"Storage__Provider '{value}' is not supported: use Sqlite (the default: one file, one process) or Postgres (several replicas; set ConnectionStrings__ChatOps too)."),
    };

    /// <summary>Accepts a full connection string or just a file path.</summary>
    private static string SqliteConnection(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured)) return DefaultSqliteConnection;
        if (!configured.Contains('=')) return $"Data Source={configured}";
        if (LooksLikePostgres(configured))
            throw new StorageException("ConnectionStrings__ChatOps is a PostgreSQL connection string but Storage__Provider is Sqlite (the default): set Storage__Provider=Postgres, or give a SQLite file path.");
        try
        {
            _ = new SqliteConnectionStringBuilder(configured);
            return configured;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new StorageException($"ConnectionStrings__ChatOps is not a SQLite connection string ({FirstSentence(ex.Message)}); write it as Data Source=chatops.db, or just a file path.");
        }
    }

    /// <summary>Keys only a server's connection string has; SQLite would refuse them with a less helpful message.</summary>
    private static bool LooksLikePostgres(string connection)
    {
        try
        {
            var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection }.Keys.Cast<string>();
            return keys.Any(k => k.Trim().ToLowerInvariant() is "host" or "server" or "username" or "user id" or "userid" or "database" or "port");
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // "Connection string keyword 'x' is not supported. For a possible alternative, see https://..." keeps its first part.
    private static string FirstSentence(string message) =>
        message.IndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? message[..end] : message.TrimEnd('.');

    private static string PostgresConnection(string? configured)
    {
        const string Example = "Host=db.example.com;Database=chatops;Username=chatops;Password=...";
        if (string.IsNullOrWhiteSpace(configured))
            throw new StorageException($"Storage__Provider=Postgres needs ConnectionStrings__ChatOps: set it to a connection string such as {Example}");
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(configured);
            if (string.IsNullOrEmpty(builder.Host)) throw new ArgumentException("it names no Host");
            return configured;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException)
        {
            throw new StorageException($"ConnectionStrings__ChatOps is not a PostgreSQL connection string ({FirstSentence(ex.Message)}); write it like {Example}");
        }
    }

    private static TimeSpan ParseLease(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return DefaultClaimLease;
        return TimeSpan.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var lease) && lease > TimeSpan.Zero
            ? lease
            : throw new StorageException($"Storage__ClaimLease '{value}' is not a positive duration; write it as hh:mm:ss (default {DefaultClaimLease:c}).");
    }

    /// <summary>Unique per running replica; the host name by default, which is unique per machine or container.</summary>
    private static string ReplicaNameFrom(string? value) =>
        string.IsNullOrWhiteSpace(value) ? Environment.MachineName : value.Trim();
}
