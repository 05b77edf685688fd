using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatOps.Bot.Persistence.Migrations.Postgres;

/// <summary>Released as <c>202611230002_Inbox</c>: the hand-written <see cref="HandWritten.M0002_Inbox"/> on PostgreSQL.</summary>
[DbContext(typeof(PostgresChatOpsDbContext))]
[Migration("202611230002_Inbox")]
public sealed class M0002_Inbox : HandWritten.M0002_Inbox;
