using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Sqlite
{
    /// <summary>Incidents keep each health probe's latest result (a JSON list, like the timeline).</summary>
    public partial class Probes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Probes",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                // Incidents stored before probes have none: an empty JSON list, as the mapping reads it.
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Probes",
                table: "Incidents");
        }
    }
}
