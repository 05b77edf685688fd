using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatOps.Bot.Persistence.Migrations.HandWritten;

/// <summary>
/// The audit log of every command and button, an incident's kind and deadline clocks (a JSON column like the
/// timeline), and the clock a deadline reminder belongs to. Provider-neutral column types only.
/// </summary>
public abstract class M0005_Audit : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<string>("Kind", "Incidents", nullable: true);
        mb.AddColumn<string>("Deadlines", "Incidents", nullable: false, defaultValue: "[]");
        mb.AddColumn<string>("Clock", "Reminders", nullable: true);

        mb.CreateTable("Audit", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            At = t.Column<long>(nullable: false),
            Actor = t.Column<string>(nullable: false),
            Platform = t.Column<string>(nullable: false),
            IncidentNumber = t.Column<string>(nullable: true),
            Command = t.Column<string>(nullable: false),
            Outcome = t.Column<string>(nullable: false),
            Message = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Audit", x => x.Id));
        mb.CreateIndex("IX_Audit_IncidentNumber", "Audit", "IncidentNumber");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Audit");
        mb.DropColumn("Clock", "Reminders");
        mb.DropColumn("Deadlines", "Incidents");
        mb.DropColumn("Kind", "Incidents");
    }
}
