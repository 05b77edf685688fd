using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatOps.Bot.Persistence.Migrations.Sqlite;

/// <summary>Released as <c>202611230001_Initial</c>: the hand-written <see cref="HandWritten.M0001_Initial"/> on SQLite.</summary>
[DbContext(typeof(SqliteChatOpsDbContext))]
[Migration("202611230001_Initial")]
public sealed class M0001_Initial : HandWritten.M0001_Initial;
