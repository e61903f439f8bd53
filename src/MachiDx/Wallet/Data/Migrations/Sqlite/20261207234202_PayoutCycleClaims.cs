using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PayoutCycleClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wallet_payout_cycle_claims",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CycleStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_payout_cycle_claims", x => new { x.MunicipalityId, x.CycleStart });
                });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_payout_cycle_claims_MunicipalityId",
                table: "wallet_payout_cycle_claims",
                column: "MunicipalityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wallet_payout_cycle_claims");
        }
    }
}
