using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The Maintenances table: scheduled maintenance windows for the status page, found by when they end.</summary>
public sealed class MaintenanceMapping : IEntityTypeConfiguration<MaintenanceRow>
{
    public void Configure(EntityTypeBuilder<MaintenanceRow> e)
    {
        e.ToTable("Maintenances");
        e.HasKey(r => r.Id);
        e.HasIndex(r => r.To);
    }
}
