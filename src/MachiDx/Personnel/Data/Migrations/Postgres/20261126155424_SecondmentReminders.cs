using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Personnel.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SecondmentReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CheckInSentAtUtc",
                schema: "personnel",
                table: "secondments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReturnReminderSentAtUtc",
                schema: "personnel",
                table: "secondments",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckInSentAtUtc",
                schema: "personnel",
                table: "secondments");

            migrationBuilder.DropColumn(
                name: "ReturnReminderSentAtUtc",
                schema: "personnel",
                table: "secondments");
        }
    }
}
