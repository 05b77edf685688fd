using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Outbound;

/// <summary>The Atlassian Statuspage incident a public incident was synced to: kept once created, so later pushes patch it.</summary>
public sealed class StatuspageLink
{
    public string PublicId { get; set; } = "";
    public string StatuspageIncidentId { get; set; } = "";
}

/// <summary>The StatuspageLinks table, found by public id (its primary key).</summary>
public sealed class StatuspageLinkMapping : IEntityTypeConfiguration<StatuspageLink>
{
    public void Configure(EntityTypeBuilder<StatuspageLink> e)
    {
        e.ToTable("StatuspageLinks");
        e.HasKey(l => l.PublicId);
        e.Property(l => l.PublicId).HasMaxLength(64);
        e.Property(l => l.StatuspageIncidentId).HasMaxLength(64);
    }
}

/// <summary>Reads and writes <see cref="StatuspageLink"/>s.</summary>
public static class StatuspageLinks
{
    public static Task<string?> IncidentIdAsync(this ChatOpsDbContext db, string publicId, CancellationToken ct) =>
        db.Set<StatuspageLink>().AsNoTracking().Where(l => l.PublicId == publicId).Select(l => l.StatuspageIncidentId).FirstOrDefaultAsync(ct);

    public static async Task LinkAsync(this ChatOpsDbContext db, SqliteWriteGate writes, string publicId, string incidentId, CancellationToken ct) =>
        await writes.RunAsync(async () =>
        {
            var updated = await db.Set<StatuspageLink>().Where(l => l.PublicId == publicId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.StatuspageIncidentId, incidentId), ct);
            if (updated == 0)
            {
                db.Set<StatuspageLink>().Add(new StatuspageLink { PublicId = publicId, StatuspageIncidentId = incidentId });
                await db.SaveChangesAsync(ct);
            }
            return true;
        }, ct);
}
