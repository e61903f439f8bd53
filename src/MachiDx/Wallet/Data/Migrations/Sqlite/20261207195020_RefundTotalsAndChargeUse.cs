using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RefundTotalsAndChargeUse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wallet_charge_use",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ChargedYen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_charge_use", x => new { x.MunicipalityId, x.ResidentId });
                });

            migrationBuilder.CreateTable(
                name: "wallet_payment_refund_totals",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PaidYen = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundedYen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_payment_refund_totals", x => new { x.MunicipalityId, x.PaymentId });
                    table.CheckConstraint("ck_payment_refund_totals_within_payment", "\"RefundedYen\" >= 0 AND \"RefundedYen\" <= \"PaidYen\"");
                });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_charge_use_MunicipalityId",
                table: "wallet_charge_use",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_payment_refund_totals_MunicipalityId",
                table: "wallet_payment_refund_totals",
                column: "MunicipalityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wallet_charge_use");

            migrationBuilder.DropTable(
                name: "wallet_payment_refund_totals");
        }
    }
}
