using ChatOps.Bot.Persistence;
using ChatOps.Bot.Persistence.Migrations.Postgres;
using ChatOps.Bot.Persistence.Migrations.Sqlite;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>The context of one provider as <c>dotnet ef</c> makes it: no database behind it, none needed to read its model.</summary>
public static class DesignTimeContexts
{
    public static ChatOpsDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "Postgres" => new PostgresDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or Postgres"),
    };
}
