using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The Settings table, keyed by name.</summary>
public sealed class SettingMapping : IEntityTypeConfiguration<SettingRow>
{
    public void Configure(EntityTypeBuilder<SettingRow> e)
    {
        e.ToTable("Settings");
        e.HasKey(s => s.Key);
    }
}
