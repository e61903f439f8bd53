using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cash_refund_switch",
                schema: "wallet",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cash_refund_switch", x => x.MunicipalityId);
                });

            migrationBuilder.CreateTable(
                name: "cash_refunds",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    AmountYen = table.Column<long>(type: "bigint", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    StaffName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Legs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RequestKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FailureReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cash_refunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "unused_balance_snapshots",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    BaseDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TakenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TakenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AsOfLedgerTimestamp = table.Column<long>(type: "bigint", nullable: false),
                    PurchasedUnusedYen = table.Column<long>(type: "bigint", nullable: false),
                    PremiumUnusedYen = table.Column<long>(type: "bigint", nullable: false),
                    PointsUnusedYen = table.Column<long>(type: "bigint", nullable: false),
                    LotCount = table.Column<int>(type: "integer", nullable: false),
                    IssuerMode = table.Column<int>(type: "integer", nullable: false),
                    IssuerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unused_balance_snapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cash_refund_switch_MunicipalityId",
                schema: "wallet",
                table: "cash_refund_switch",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_cash_refunds_MunicipalityId",
                schema: "wallet",
                table: "cash_refunds",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_cash_refunds_MunicipalityId_CreatedAtUtc",
                schema: "wallet",
                table: "cash_refunds",
                columns: new[] { "MunicipalityId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_cash_refunds_MunicipalityId_RequestKey",
                schema: "wallet",
                table: "cash_refunds",
                columns: new[] { "MunicipalityId", "RequestKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unused_balance_snapshots_MunicipalityId",
                schema: "wallet",
                table: "unused_balance_snapshots",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_unused_balance_snapshots_MunicipalityId_BaseDate",
                schema: "wallet",
                table: "unused_balance_snapshots",
                columns: new[] { "MunicipalityId", "BaseDate" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cash_refund_switch",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "cash_refunds",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "unused_balance_snapshots",
                schema: "wallet");
        }
    }
}
