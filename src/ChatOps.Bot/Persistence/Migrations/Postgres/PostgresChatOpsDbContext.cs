using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence.Migrations.Postgres;

/// <summary>The bot's database on PostgreSQL: the context whose migrations and model snapshot are in this folder.</summary>
public sealed class PostgresChatOpsDbContext(DbContextOptions<PostgresChatOpsDbContext> options) : ChatOpsDbContext(options);
