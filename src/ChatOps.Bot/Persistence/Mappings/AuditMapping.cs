using ChatOps.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The Audit table, read by incident number.</summary>
public sealed class AuditMapping : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("Audit");
        e.HasKey(a => a.Id);
        e.HasIndex(a => a.IncidentNumber);
        e.Property(a => a.Outcome).HasConversion<string>();
    }
}
