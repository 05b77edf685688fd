using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PostMortemNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PostMortemNotes",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                // Incidents stored before post-mortems were edited in the dashboard have no written sections: an empty JSON list.
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PostMortemNotes",
                table: "Incidents");
        }
    }
}
