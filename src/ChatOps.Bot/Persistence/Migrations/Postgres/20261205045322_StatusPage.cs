using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatusPage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComponentChanges",
                table: "Incidents",
                type: "text",
                nullable: false,
                // Incidents stored before the status page existed published nothing: an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "PublicId",
                table: "Incidents",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicPostMortem",
                table: "Incidents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PublicSince",
                table: "Incidents",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicTitle",
                table: "Incidents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicUpdates",
                table: "Incidents",
                type: "text",
                nullable: false,
                // Incidents stored before the status page existed published nothing: an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_PublicId",
                table: "Incidents",
                column: "PublicId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_PublicSince",
                table: "Incidents",
                column: "PublicSince");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_PublicId",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_PublicSince",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ComponentChanges",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PublicId",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PublicPostMortem",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PublicSince",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PublicTitle",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PublicUpdates",
                table: "Incidents");
        }
    }
}
