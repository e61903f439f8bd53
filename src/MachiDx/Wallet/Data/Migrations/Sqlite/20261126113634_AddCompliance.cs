using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wallet_cash_refund_switch",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_cash_refund_switch", x => x.MunicipalityId);
                });

            migrationBuilder.CreateTable(
                name: "wallet_cash_refunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountYen = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Legs = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RequestKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_cash_refunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_unused_balance_snapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TakenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TakenBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AsOfLedgerTimestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    PurchasedUnusedYen = table.Column<long>(type: "INTEGER", nullable: false),
                    PremiumUnusedYen = table.Column<long>(type: "INTEGER", nullable: false),
                    PointsUnusedYen = table.Column<long>(type: "INTEGER", nullable: false),
                    LotCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerMode = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_unused_balance_snapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_cash_refund_switch_MunicipalityId",
                table: "wallet_cash_refund_switch",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_cash_refunds_MunicipalityId",
                table: "wallet_cash_refunds",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_cash_refunds_MunicipalityId_CreatedAtUtc",
                table: "wallet_cash_refunds",
                columns: new[] { "MunicipalityId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_cash_refunds_MunicipalityId_RequestKey",
                table: "wallet_cash_refunds",
                columns: new[] { "MunicipalityId", "RequestKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_unused_balance_snapshots_MunicipalityId",
                table: "wallet_unused_balance_snapshots",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_unused_balance_snapshots_MunicipalityId_BaseDate",
                table: "wallet_unused_balance_snapshots",
                columns: new[] { "MunicipalityId", "BaseDate" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wallet_cash_refund_switch");

            migrationBuilder.DropTable(
                name: "wallet_cash_refunds");

            migrationBuilder.DropTable(
                name: "wallet_unused_balance_snapshots");
        }
    }
}
