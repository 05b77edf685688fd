using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Outbound;

/// <summary>The outbox's table in the bot's database (mapped by <see cref="OutboxMapping"/>; the context itself does not name it).</summary>
public static class OutboxTable
{
    public static DbSet<OutboundEffect> Outbox(this ChatOpsDbContext db) => db.Set<OutboundEffect>();
}
