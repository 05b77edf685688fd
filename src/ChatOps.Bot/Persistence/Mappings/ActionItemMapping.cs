using ChatOps.Core.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The ActionItems table: an incident's follow-ups, one row each, keyed by the incident and the item's number.</summary>
public static class ActionItemMapping
{
    public static void Configure(OwnedNavigationBuilder<Incident, ActionItem> a)
    {
        a.ToTable("ActionItems");
        a.WithOwner().HasForeignKey("IncidentId");
        a.HasKey("IncidentId", nameof(ActionItem.Number));
        a.Property(x => x.Number).ValueGeneratedNever();
        a.Property(x => x.Text).IsRequired();
        a.Property(x => x.Owner).IsRequired();
        a.HasIndex(x => new { x.DoneAt, x.DueAt });
    }
}
