using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Postgres
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
                type: "text",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Communications",
                table: "Incidents",
                type: "text",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ComponentChanges",
                table: "Incidents",
                type: "text",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DeclaredSeverityKey",
                table: "Incidents",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "DrillEndedAt",
                table: "Incidents",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DrillGap",
                table: "Incidents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DrillInjects",
                table: "Incidents",
                type: "text",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DrillMarks",
                table: "Incidents",
                type: "text",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "DrillScenario",
                table: "Incidents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FalseAlarm",
                table: "Incidents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsDrill",
                table: "Incidents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "PostMortemDoneAt",
                table: "Incidents",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostMortemDoneBy",
                table: "Incidents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostMortemNotes",
                table: "Incidents",
                type: "text",
                nullable: false,
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
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
                // Rows stored before this column existed hold an empty JSON list, as the mapping reads it.
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "ActionItems",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Owner = table.Column<string>(type: "text", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    DoneAt = table.Column<long>(type: "bigint", nullable: true),
                    DoneBy = table.Column<string>(type: "text", nullable: true),
                    RemindedAt = table.Column<long>(type: "bigint", nullable: true),
                    OverdueNoticeAt = table.Column<long>(type: "bigint", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Incident = table.Column<string>(type: "text", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    EndedAt = table.Column<long>(type: "bigint", nullable: false),
                    Operator = table.Column<string>(type: "text", nullable: false),
                    Scenario = table.Column<string>(type: "text", nullable: false),
                    ScenarioName = table.Column<string>(type: "text", nullable: false),
                    DetectTicks = table.Column<long>(type: "bigint", nullable: true),
                    DetectTargetTicks = table.Column<long>(type: "bigint", nullable: true),
                    MitigateTicks = table.Column<long>(type: "bigint", nullable: true),
                    MitigateTargetTicks = table.Column<long>(type: "bigint", nullable: true),
                    PostMortemTicks = table.Column<long>(type: "bigint", nullable: true),
                    PostMortemTargetTicks = table.Column<long>(type: "bigint", nullable: true),
                    RtoTicks = table.Column<long>(type: "bigint", nullable: true),
                    RtoTargetTicks = table.Column<long>(type: "bigint", nullable: true),
                    Gap = table.Column<string>(type: "text", nullable: false)
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
