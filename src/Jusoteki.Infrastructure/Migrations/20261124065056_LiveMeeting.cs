using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jusoteki.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LiveMeeting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewDate",
                table: "SupportCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgencyNotes",
                table: "AgendaItems",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]"); // existing agenda items: no notes yet, as a JSON list

            migrationBuilder.AddColumn<int>(
                name: "NextReviewDateVersion",
                table: "AgendaItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WatchingEditedAt",
                table: "AgendaItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WatchingEditedBy",
                table: "AgendaItems",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NextReviewDate",
                table: "SupportCases");

            migrationBuilder.DropColumn(
                name: "AgencyNotes",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "NextReviewDateVersion",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "WatchingEditedAt",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "WatchingEditedBy",
                table: "AgendaItems");
        }
    }
}
