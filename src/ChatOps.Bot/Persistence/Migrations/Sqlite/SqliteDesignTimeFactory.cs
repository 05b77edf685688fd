using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChatOps.Bot.Persistence.Migrations.Sqlite;

/// <summary>
/// How <c>dotnet ef</c> makes the SQLite context (<c>--context SqliteChatOpsDbContext</c>). Adding a migration opens no
/// database; a command that does uses the bot's default, chatops.db, unless given <c>--connection</c>.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteChatOpsDbContext>
{
    public SqliteChatOpsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteChatOpsDbContext>().UseSqlite(StorageOptions.DefaultSqliteConnection).Options);
}
