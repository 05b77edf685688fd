using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FollowUpsAndFalseAlarms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeclaredSeverityKey",
                table: "Incidents",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "FalseAlarm",
                table: "Incidents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

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

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_DeclaredAt",
                table: "Incidents",
                column: "DeclaredAt");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItems_DoneAt_DueAt",
                table: "ActionItems",
                columns: new[] { "DoneAt", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionItems");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_DeclaredAt",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "DeclaredSeverityKey",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "FalseAlarm",
                table: "Incidents");
        }
    }
}
