using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The DrillLog table: one row per drill that ended, in the order they ended.</summary>
public sealed class DrillLogMapping : IEntityTypeConfiguration<DrillLogRow>
{
    public void Configure(EntityTypeBuilder<DrillLogRow> e)
    {
        e.ToTable("DrillLog");
        e.HasKey(r => r.Id);
        e.HasIndex(r => r.Incident).IsUnique();
    }
}
