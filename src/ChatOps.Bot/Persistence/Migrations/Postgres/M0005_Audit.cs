using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatOps.Bot.Persistence.Migrations.Postgres;

/// <summary>
/// Released as <c>202611230005_AuditAndDeadlines</c>: the hand-written <see cref="HandWritten.M0005_Audit"/> on
/// PostgreSQL. It has a target model (the designer file, as dotnet ef writes for each migration) so that
/// <c>dotnet ef migrations remove</c> of the first scaffolded migration puts the snapshot back to it.
/// </summary>
[DbContext(typeof(PostgresChatOpsDbContext))]
[Migration("202611230005_AuditAndDeadlines")]
public sealed partial class M0005_Audit : HandWritten.M0005_Audit;
