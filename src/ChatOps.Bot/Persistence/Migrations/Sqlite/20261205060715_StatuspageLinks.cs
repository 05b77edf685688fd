using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatuspageLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatuspageLinks",
                columns: table => new
                {
                    PublicId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatuspageIncidentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatuspageLinks", x => x.PublicId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatuspageLinks");
        }
    }
}
