using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChatOps.Bot.Persistence.Migrations.Postgres;

/// <summary>
/// How <c>dotnet ef</c> makes the PostgreSQL context (<c>--context PostgresChatOpsDbContext</c>). Adding a migration
/// opens no database, so the connection string is a placeholder; a command that does needs <c>--connection</c>.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresChatOpsDbContext>
{
    public PostgresChatOpsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresChatOpsDbContext>().UseNpgsql("Host=localhost;Database=chatops").Options);
}
