using ChatOps.Core.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatOps.Bot.Persistence.Mappings;

/// <summary>The Incidents table: the aggregate's lists (timeline, triage, escalations, participants, deadlines, latest probe results, pages) as JSON columns.</summary>
public sealed class IncidentMapping : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> e)
    {
        e.ToTable("Incidents");
        e.HasKey(i => i.Id);
        e.HasIndex(i => i.Number).IsUnique();
        e.HasIndex(i => new { i.Year, i.Sequence }).IsUnique();
        e.HasIndex(i => i.ChannelId);
        e.HasIndex(i => i.Status);
        // The dashboard's incidents list: newest first, private ones only to their members; counting reads the index alone.
        e.HasIndex(i => new { i.DeclaredAt, i.Private });
        e.Property(i => i.Status).HasConversion<string>();
        e.Ignore(i => i.Timeline);
        e.Ignore(i => i.TriageAnswers);
        e.Ignore(i => i.Escalations);
        e.Ignore(i => i.Participants);
        e.Ignore(i => i.IsActive);
        e.AsJsonColumn<Incident, TimelineEntry>("_timeline", "Timeline");
        e.AsJsonColumn<Incident, TriageRecord>("_triage", "Triage");
        e.AsJsonColumn<Incident, EscalationRecord>("_escalations", "Escalations");
        e.AsJsonColumn<Incident, string>("_participants", "Participants");
        e.Ignore(i => i.Deadlines);
        e.AsJsonColumn<Incident, DeadlineClock>("_deadlines", "Deadlines");
        e.Ignore(i => i.Probes);
        e.AsJsonColumn<Incident, ChatOps.Core.Probes.ProbeReading>("_probes", "Probes");
        e.Ignore(i => i.Pages);
        e.AsJsonColumn<Incident, PageRecord>("_pages", "Pages");
        e.Ignore(i => i.PostMortemNotes);
        e.AsJsonColumn<Incident, PostMortemNote>("_postMortemNotes", "PostMortemNotes");
        // Optimistic concurrency across replicas: every save checks and bumps it (see EfIncidentStore.SaveAsync).
        e.Property<long>(EfIncidentStore.Version).IsConcurrencyToken();
    }
}
