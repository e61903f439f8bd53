using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Activities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MonthlyCapAndProcedurePoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProcedurePoints",
                schema: "activities",
                table: "reward_policies",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "reward_month_use",
                schema: "activities",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reward_month_use", x => new { x.MunicipalityId, x.ResidentId, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_reward_month_use_MunicipalityId",
                schema: "activities",
                table: "reward_month_use",
                column: "MunicipalityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reward_month_use",
                schema: "activities");

            migrationBuilder.DropColumn(
                name: "ProcedurePoints",
                schema: "activities",
                table: "reward_policies");
        }
    }
}
