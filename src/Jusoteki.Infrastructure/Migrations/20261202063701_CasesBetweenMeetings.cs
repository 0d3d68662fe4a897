using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jusoteki.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CasesBetweenMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Assessments",
                table: "SupportCases",
                type: "TEXT",
                nullable: false,
                // Cases stored before assessments existed have none: an empty JSON list.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Direction",
                table: "SupportCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Intake",
                table: "SupportCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StandingPledges",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PledgedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingPledges", x => new { x.UserId, x.FiscalYear });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StandingPledges");

            migrationBuilder.DropColumn(
                name: "Assessments",
                table: "SupportCases");

            migrationBuilder.DropColumn(
                name: "Direction",
                table: "SupportCases");

            migrationBuilder.DropColumn(
                name: "Intake",
                table: "SupportCases");
        }
    }
}
