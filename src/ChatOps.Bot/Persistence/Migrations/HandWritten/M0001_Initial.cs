using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ChatOps.Bot.Persistence.Migrations.HandWritten;

/// <summary>
/// The first schema: incidents, reminders, settings. Written by hand before the migrations were scaffolded, for SQLite
/// and PostgreSQL alike: each provider reads its own annotations and ignores the other's. Abstract, like the rest of
/// this folder: each provider's set (Migrations/Sqlite, Migrations/Postgres) runs it under its released id, which
/// databases made before the sets split have in their history. Never edited: those databases will not run it again.
/// </summary>
public abstract class M0001_Initial : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Incidents", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Sequence = t.Column<int>(nullable: false),
            Title = t.Column<string>(nullable: false),
            SeverityKey = t.Column<string>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Category = t.Column<string>(nullable: true),
            ChannelId = t.Column<string>(nullable: false),
            ChannelName = t.Column<string>(nullable: false),
            CardMessageId = t.Column<string>(nullable: true),
            DeclaredBy = t.Column<string>(nullable: false),
            Commander = t.Column<string>(nullable: false),
            Comms = t.Column<string>(nullable: true),
            Scribe = t.Column<string>(nullable: true),
            AffectedServices = t.Column<string>(nullable: false),
            Impact = t.Column<string>(nullable: false),
            Description = t.Column<string>(nullable: false),
            Private = t.Column<bool>(nullable: false),
            Summary = t.Column<string>(nullable: true),
            PostMortemFile = t.Column<string>(nullable: true),
            DeclaredAt = t.Column<long>(nullable: false),
            AcknowledgedAt = t.Column<long>(nullable: true),
            AcknowledgedBy = t.Column<string>(nullable: true),
            MitigatedAt = t.Column<long>(nullable: true),
            ResolvedAt = t.Column<long>(nullable: true),
            ClosedAt = t.Column<long>(nullable: true),
            LastUpdateAt = t.Column<long>(nullable: true),
            LastUpdateReminderAt = t.Column<long>(nullable: true),
            SeverityChangedAt = t.Column<long>(nullable: false),
            LastEscalatedAt = t.Column<long>(nullable: true),
            EscalationTier = t.Column<int>(nullable: false),
            PostMortemReminded = t.Column<bool>(nullable: false),
            PendingTriageQuestion = t.Column<string>(nullable: true),
            Timeline = t.Column<string>(nullable: false),
            Triage = t.Column<string>(nullable: false),
            Escalations = t.Column<string>(nullable: false),
            Participants = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Incidents", x => x.Id));
        mb.CreateIndex("IX_Incidents_Number", "Incidents", "Number", unique: true);
        mb.CreateIndex("IX_Incidents_Year_Sequence", "Incidents", ["Year", "Sequence"], unique: true);
        mb.CreateIndex("IX_Incidents_ChannelId", "Incidents", "ChannelId");
        mb.CreateIndex("IX_Incidents_Status", "Incidents", "Status");

        mb.CreateTable("Reminders", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            IncidentId = t.Column<Guid>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            DueAt = t.Column<long>(nullable: false),
            Tier = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Reminders", x => x.Id));
        mb.CreateIndex("IX_Reminders_DueAt", "Reminders", "DueAt");
        mb.CreateIndex("IX_Reminders_IncidentId", "Reminders", "IncidentId");

        mb.CreateTable("Settings", t => new
        {
            Key = t.Column<string>(nullable: false),
            Value = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Settings", x => x.Key));
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Settings");
        mb.DropTable("Reminders");
        mb.DropTable("Incidents");
    }
}
