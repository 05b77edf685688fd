using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ChatOps.Bot.Persistence.Migrations.HandWritten;

/// <summary>The outbox of effects to deliver to chat platforms, written with the state changes that cause them.</summary>
public abstract class M0004_Outbox : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Outbox", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            Ref = t.Column<string>(nullable: false),
            Queue = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Payload = t.Column<string>(nullable: false),
            Status = t.Column<string>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            CreatedAt = t.Column<long>(nullable: false),
            NextAttemptAt = t.Column<long>(nullable: false),
            DeliveredAt = t.Column<long>(nullable: true),
            ResultId = t.Column<string>(nullable: true),
            ResultName = t.Column<string>(nullable: true),
            LastError = t.Column<string>(nullable: true),
            ClaimedBy = t.Column<string>(nullable: true),
            ClaimedUntil = t.Column<long>(nullable: true),
            Uncertain = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Outbox", x => x.Id));
        mb.CreateIndex("IX_Outbox_Ref", "Outbox", "Ref", unique: true);
        mb.CreateIndex("IX_Outbox_Status_Queue_Id", "Outbox", ["Status", "Queue", "Id"]);
        mb.CreateIndex("IX_Outbox_Kind_ResultId", "Outbox", ["Kind", "ResultId"]);
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("Outbox");
}
