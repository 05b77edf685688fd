using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlaceholderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Incidents_CardMessageId",
                table: "Incidents",
                column: "CardMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertSuggestions_MessageId",
                table: "AlertSuggestions",
                column: "MessageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Incidents_CardMessageId",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_AlertSuggestions_MessageId",
                table: "AlertSuggestions");
        }
    }
}
