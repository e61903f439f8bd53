using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Activities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MonthlyCapAndProcedurePoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProcedurePoints",
                table: "activities_reward_policies",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "activities_reward_month_use",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities_reward_month_use", x => new { x.MunicipalityId, x.ResidentId, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_reward_month_use_MunicipalityId",
                table: "activities_reward_month_use",
                column: "MunicipalityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities_reward_month_use");

            migrationBuilder.DropColumn(
                name: "ProcedurePoints",
                table: "activities_reward_policies");
        }
    }
}
