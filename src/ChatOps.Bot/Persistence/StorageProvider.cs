namespace ChatOps.Bot.Persistence;

/// <summary>The database behind the bot: <c>Storage__Provider</c>.</summary>
public enum StorageProvider
{
    /// <summary>One file, one process: the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, shared by any number of bot replicas.</summary>
    Postgres,
}
