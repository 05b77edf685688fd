using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatusPageDrillsFollowUpsDashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CommunicationReminders",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Communications",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ComponentChanges",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DeclaredSeverityKey",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

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
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DrillMarks",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DrillScenario",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FalseAlarm",
                table: "Incidents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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

            migrationBuilder.AddColumn<string>(
                name: "PostMortemNotes",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "PublicId",
                table: "Incidents",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicPostMortem",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PublicSince",
                table: "Incidents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicTitle",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicUpdates",
                table: "Incidents",
                type: "TEXT",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "ActionItems",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneBy = table.Column<string>(type: "TEXT", nullable: true),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverdueNoticeAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItems", x => new { x.IncidentId, x.Number });
                    table.ForeignKey(
                        name: "FK_ActionItems_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IX_Incidents_DeclaredAt_Private",
                table: "Incidents",
                columns: new[] { "DeclaredAt", "Private" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_IsDrill",
                table: "Incidents",
                column: "IsDrill");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_PublicId",
                table: "Incidents",
                column: "PublicId");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_PublicSince",
                table: "Incidents",
                column: "PublicSince");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_DoneAt_DueAt",
                table: "ActionItems",
                columns: new[] { "DoneAt", "DueAt" });

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
                name: "ActionItems");

            migrationBuilder.DropTable(
                name: "DrillLog");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_DeclaredAt_Private",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_IsDrill",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_PublicId",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_PublicSince",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "CommunicationReminders",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "Communications",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ComponentChanges",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "DeclaredSeverityKey",
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
                name: "FalseAlarm",
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

            migrationBuilder.DropColumn(
                name: "PostMortemNotes",
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
