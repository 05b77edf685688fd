using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatOps.Bot.Persistence.Migrations.HandWritten;

/// <summary>
/// Several replicas on one database: a concurrency token on incidents, claim leases on reminders and inbox rows,
/// and counters for sequence numbers.
/// </summary>
public abstract class M0003_Replicas : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<long>("Version", "Incidents", nullable: false, defaultValue: 0L);
        foreach (var table in new[] { "Reminders", "Inbox" })
        {
            mb.AddColumn<string>("ClaimedBy", table, nullable: true);
            mb.AddColumn<long>("ClaimedUntil", table, nullable: true);
        }
        mb.CreateTable("Counters", t => new
        {
            Name = t.Column<string>(nullable: false),
            Value = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Counters", x => x.Name));
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Counters");
        foreach (var table in new[] { "Reminders", "Inbox" })
        {
            mb.DropColumn("ClaimedUntil", table);
            mb.DropColumn("ClaimedBy", table);
        }
        mb.DropColumn("Version", "Incidents");
    }
}
