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
        // A delivered post swaps its placeholder for the real message id by this column (IncidentPlatformIds): without
        // the index every post scanned every incident, ~300 ms at 100,000 while holding SQLite's writer turn.
        e.HasIndex(i => i.CardMessageId);
        e.HasIndex(i => i.Status);
        // Reports filter by period, and the dashboard's incidents list is newest first with private ones only to their
        // members: one index serves both (counting reads the index alone).
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
        e.Ignore(i => i.DrillMarks);
        e.AsJsonColumn<Incident, ChatOps.Core.Drills.DrillMark>("_drillMarks", "DrillMarks");
        e.Ignore(i => i.DrillInjectsPosted);
        e.AsJsonColumn<Incident, int>("_drillInjects", "DrillInjects");
        e.HasIndex(i => i.IsDrill);
        e.OwnsMany(i => i.Actions, ActionItemMapping.Configure);
        e.Navigation(i => i.Actions).HasField("_actions").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.Ignore(i => i.PublicUpdates);
        e.AsJsonColumn<Incident, ChatOps.Core.StatusPage.PublicUpdate>("_publicUpdates", "PublicUpdates");
        e.Ignore(i => i.ComponentChanges);
        e.AsJsonColumn<Incident, ChatOps.Core.StatusPage.ComponentChange>("_componentChanges", "ComponentChanges");
        e.Ignore(i => i.AffectedComponents);
        e.Property(i => i.PublicId).HasMaxLength(32);
        e.HasIndex(i => i.PublicId);
        e.HasIndex(i => i.PublicSince);
        e.Ignore(i => i.Communications);
        e.AsJsonColumn<Incident, CommunicationRecord>("_communications", "Communications");
        e.Ignore(i => i.CommunicationReminders);
        e.AsJsonColumn<Incident, CommunicationReminderRecord>("_communicationReminders", "CommunicationReminders");
        e.Ignore(i => i.PostMortemNotes);
        e.AsJsonColumn<Incident, PostMortemNote>("_postMortemNotes", "PostMortemNotes");
        // Optimistic concurrency across replicas: every save checks and bumps it (see EfIncidentStore.SaveAsync).
        e.Property<long>(EfIncidentStore.Version).IsConcurrencyToken();
    }
}
