using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Which database a context talks to, by its provider's name. EF Core's own <c>IsNpgsql()</c> lives in the PostgreSQL
/// provider's assembly, so asking it loads that provider and Npgsql into a bot that runs on SQLite (about 3 MB of
/// resident memory for nothing: BENCHMARKS.md, memory).
/// </summary>
public static class DatabaseKind
{
    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static bool IsPostgres(this DatabaseFacade database) => string.Equals(database.ProviderName, PostgresProvider, StringComparison.Ordinal);
}
