using ChatOps.Bot.Outbound;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Outbound;

/// <summary>The Outbox table, read by queue head and by the real channel id a delivered effect created.</summary>
public sealed class OutboxMapping : IEntityTypeConfiguration<OutboundEffect>
{
    public void Configure(EntityTypeBuilder<OutboundEffect> e)
    {
        e.ToTable("Outbox");
        e.HasKey(r => r.Id);
        e.HasIndex(r => r.Ref).IsUnique();
        e.HasIndex(r => new { r.Status, r.Queue, r.Id });
        e.HasIndex(r => new { r.Kind, r.ResultId });
    }
}
