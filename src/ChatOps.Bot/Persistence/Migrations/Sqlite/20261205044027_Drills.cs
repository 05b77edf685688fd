using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Drills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DrillEndedAt",
                table: "Incidents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DrillGap",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DrillInjects",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DrillMarks",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DrillScenario",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsDrill",
                table: "Incidents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "PostMortemDoneAt",
                table: "Incidents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostMortemDoneBy",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DrillLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Incident = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Operator = table.Column<string>(type: "TEXT", nullable: false),
                    Scenario = table.Column<string>(type: "TEXT", nullable: false),
                    ScenarioName = table.Column<string>(type: "TEXT", nullable: false),
                    DetectTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    DetectTargetTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    MitigateTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    MitigateTargetTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    PostMortemTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    PostMortemTargetTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    RtoTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    RtoTargetTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    Gap = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrillLog", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_IsDrill",
                table: "Incidents",
                column: "IsDrill");

            migrationBuilder.CreateIndex(
                name: "IX_DrillLog_Incident",
                table: "DrillLog",
                column: "Incident",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DrillLog");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_IsDrill",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "DrillEndedAt",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "DrillGap",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "DrillInjects",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "DrillMarks",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "DrillScenario",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "IsDrill",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PostMortemDoneAt",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PostMortemDoneBy",
                table: "Incidents");
        }
    }
}
