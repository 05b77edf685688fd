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
        if (Provider == StorageProvider.Sqlite) return $"SQLite database {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        var pg = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database '{pg.Database}' on {pg.Host}:{pg.Port}";
    }

    private static StorageProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StorageProvider.Sqlite,
        "postgres" or "postgresql" => StorageProvider.Postgres,
        _ => throw new StorageException($"Storage__Provider '{value}' is not supported: use Sqlite (the default: one file, one process) or Postgres (several replicas; set ConnectionStrings__ChatOps too)."),
    };

    /// <summary>Accepts a full connection string or just a file path.</summary>
    private static string SqliteConnection(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? DefaultSqliteConnection
        : configured.Contains('=') ? configured
        : $"Data Source={configured}";

    private static string PostgresConnection(string? configured)
    {
        const string Example = "for example Host=db.example.com;Database=chatops;Username=chatops;Password=...";
        if (string.IsNullOrWhiteSpace(configured))
            throw new StorageException($"Storage__Provider=Postgres needs ConnectionStrings__ChatOps, {Example}.");
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(configured);
            if (string.IsNullOrEmpty(builder.Host)) throw new ArgumentException("it names no Host");
            return configured;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException)
        {
            throw new StorageException($"ConnectionStrings__ChatOps is not a PostgreSQL connection string ({ex.Message}); write it as {Example}.");
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
