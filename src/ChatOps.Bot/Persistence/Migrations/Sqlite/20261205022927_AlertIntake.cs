using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChatOps.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AlertIntake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AlertLinks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertLinks", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "AlertSuggestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", nullable: false),
                    SeverityKey = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Services = table.Column<string>(type: "TEXT", nullable: false),
                    Private = table.Column<bool>(type: "INTEGER", nullable: false),
                    GroupKey = table.Column<string>(type: "TEXT", nullable: false),
                    FingerprintKey = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChannelId = table.Column<string>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", nullable: true),
                    IncidentNumber = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Alerts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertSuggestions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertLinks_IncidentId",
                table: "AlertLinks",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertSuggestions_FingerprintKey",
                table: "AlertSuggestions",
                column: "FingerprintKey");

            migrationBuilder.CreateIndex(
                name: "IX_AlertSuggestions_GroupKey",
                table: "AlertSuggestions",
                column: "GroupKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertLinks");

            migrationBuilder.DropTable(
                name: "AlertSuggestions");
        }
    }
}
