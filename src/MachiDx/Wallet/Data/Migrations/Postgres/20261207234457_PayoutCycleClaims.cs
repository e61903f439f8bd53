using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PayoutCycleClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payout_cycle_claims",
                schema: "wallet",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    CycleStart = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payout_cycle_claims", x => new { x.MunicipalityId, x.CycleStart });
                });

            migrationBuilder.CreateIndex(
                name: "IX_payout_cycle_claims_MunicipalityId",
                schema: "wallet",
                table: "payout_cycle_claims",
                column: "MunicipalityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payout_cycle_claims",
                schema: "wallet");
        }
    }
}
