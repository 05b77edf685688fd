using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Communications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CommunicationReminders",
                table: "Incidents",
                type: "text",
                nullable: false,
                // Incidents stored before communications existed told nobody: an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Communications",
                table: "Incidents",
                type: "text",
                nullable: false,
                // Incidents stored before communications existed told nobody: an empty JSON list, as the mapping reads it.
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CommunicationReminders",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "Communications",
                table: "Incidents");
        }
    }
}
