using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatOps.Bot.Persistence.Migrations.Sqlite;

/// <summary>Released as <c>202611230002_Inbox</c>: the hand-written <see cref="HandWritten.M0002_Inbox"/> on SQLite.</summary>
[DbContext(typeof(SqliteChatOpsDbContext))]
[Migration("202611230002_Inbox")]
public sealed class M0002_Inbox : HandWritten.M0002_Inbox;
