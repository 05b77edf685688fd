using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ChatOps.Bot.Persistence.Migrations.HandWritten;

/// <summary>The inbox of received intents, deduplicated by key (Slack event ids, trigger ids, view ids).</summary>
public abstract class M0002_Inbox : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Inbox", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            DedupeKey = t.Column<string>(nullable: false),
            Platform = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Payload = t.Column<string>(nullable: false),
            ReceivedAt = t.Column<long>(nullable: false),
            ProcessedAt = t.Column<long>(nullable: true),
            Attempts = t.Column<int>(nullable: false),
            Error = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Inbox", x => x.Id));
        mb.CreateIndex("IX_Inbox_DedupeKey", "Inbox", "DedupeKey", unique: true);
        mb.CreateIndex("IX_Inbox_ProcessedAt", "Inbox", "ProcessedAt");
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("Inbox");
}
