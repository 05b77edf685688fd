using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The Inbox table: the unique dedupe key stores a retried intent once.</summary>
public sealed class InboxMapping : IEntityTypeConfiguration<InboundRow>
{
    public void Configure(EntityTypeBuilder<InboundRow> e)
    {
        e.ToTable("Inbox");
        e.HasKey(r => r.Id);
        e.HasIndex(r => r.DedupeKey).IsUnique();
        e.HasIndex(r => r.ProcessedAt);
    }
}
