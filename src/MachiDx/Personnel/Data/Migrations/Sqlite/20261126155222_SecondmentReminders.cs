using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Personnel.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SecondmentReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CheckInSentAtUtc",
                table: "personnel_secondments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReturnReminderSentAtUtc",
                table: "personnel_secondments",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckInSentAtUtc",
                table: "personnel_secondments");

            migrationBuilder.DropColumn(
                name: "ReturnReminderSentAtUtc",
                table: "personnel_secondments");
        }
    }
}
