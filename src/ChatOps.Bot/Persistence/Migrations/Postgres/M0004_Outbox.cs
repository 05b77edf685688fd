using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatOps.Bot.Persistence.Migrations.Postgres;

/// <summary>Released as <c>202611230004_Outbox</c>: the hand-written <see cref="HandWritten.M0004_Outbox"/> on PostgreSQL.</summary>
[DbContext(typeof(PostgresChatOpsDbContext))]
[Migration("202611230004_Outbox")]
public sealed class M0004_Outbox : HandWritten.M0004_Outbox;
