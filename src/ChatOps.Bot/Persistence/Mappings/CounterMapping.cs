using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The Counters table, keyed by name.</summary>
public sealed class CounterMapping : IEntityTypeConfiguration<CounterRow>
{
    public void Configure(EntityTypeBuilder<CounterRow> e)
    {
        e.ToTable("Counters");
        e.HasKey(c => c.Name);
    }
}
