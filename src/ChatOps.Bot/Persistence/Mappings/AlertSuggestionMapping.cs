using ChatOps.Core.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The AlertSuggestions table: found by id (the card's buttons carry it) and by its alerts' keys; the alerts as one JSON column.</summary>
public sealed class AlertSuggestionMapping : IEntityTypeConfiguration<AlertSuggestion>
{
    public void Configure(EntityTypeBuilder<AlertSuggestion> e)
    {
        e.ToTable("AlertSuggestions");
        e.HasKey(s => s.Id);
        e.HasIndex(s => s.GroupKey);
        e.HasIndex(s => s.FingerprintKey);
        e.HasIndex(s => s.MessageId);
        e.Property(s => s.State).HasConversion<string>();
        e.Ignore(s => s.Alerts);
        e.Ignore(s => s.Keys);
        e.Ignore(s => s.IsPending);
        e.AsJsonColumn<AlertSuggestion, Alert>("_alerts", "Alerts");
        // Two people pressing Declare on two replicas: the second save finds it changed and its unit of work runs again.
        e.Property<long>(EfAlertLedger.Version).IsConcurrencyToken();
    }
}
