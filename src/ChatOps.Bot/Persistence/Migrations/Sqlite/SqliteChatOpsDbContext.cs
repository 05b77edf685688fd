using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence.Migrations.Sqlite;

/// <summary>The bot's database on SQLite: the context whose migrations and model snapshot are in this folder.</summary>
public sealed class SqliteChatOpsDbContext(DbContextOptions<SqliteChatOpsDbContext> options) : ChatOpsDbContext(options);
