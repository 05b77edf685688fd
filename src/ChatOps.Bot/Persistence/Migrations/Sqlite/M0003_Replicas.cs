using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatOps.Bot.Persistence.Migrations.Sqlite;

/// <summary>Released as <c>202611230003_Replicas</c>: the hand-written <see cref="HandWritten.M0003_Replicas"/> on SQLite.</summary>
[DbContext(typeof(SqliteChatOpsDbContext))]
[Migration("202611230003_Replicas")]
public sealed class M0003_Replicas : HandWritten.M0003_Replicas;
