using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RefundTotalsAndChargeUse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "charge_use",
                schema: "wallet",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    ChargedYen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charge_use", x => new { x.MunicipalityId, x.ResidentId });
                });

            migrationBuilder.CreateTable(
                name: "payment_refund_totals",
                schema: "wallet",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    PaymentId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PaidYen = table.Column<long>(type: "bigint", nullable: false),
                    RefundedYen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_refund_totals", x => new { x.MunicipalityId, x.PaymentId });
                    table.CheckConstraint("ck_payment_refund_totals_within_payment", "\"RefundedYen\" >= 0 AND \"RefundedYen\" <= \"PaidYen\"");
                });

            migrationBuilder.CreateIndex(
                name: "IX_charge_use_MunicipalityId",
                schema: "wallet",
                table: "charge_use",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_refund_totals_MunicipalityId",
                schema: "wallet",
                table: "payment_refund_totals",
                column: "MunicipalityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "charge_use",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "payment_refund_totals",
                schema: "wallet");
        }
    }
}
