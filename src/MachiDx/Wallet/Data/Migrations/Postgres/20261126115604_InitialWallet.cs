using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialWallet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The ledger engine's tables (ledger_* / schema ledger), versioned with the app's migrations (LedgerSchema.Version 1).
            migrationBuilder.Sql(MachiDx.Ledger.LedgerSchema.Postgres);

            migrationBuilder.EnsureSchema(
                name: "wallet");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Chain = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: true),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TargetType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TargetId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DetailsJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BaseRatePercent = table.Column<int>(type: "integer", nullable: false),
                    MaxPremiumPerChargeYen = table.Column<long>(type: "bigint", nullable: false),
                    BudgetYen = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => x.Id);
                });

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
                name: "charges",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmountYen = table.Column<long>(type: "bigint", nullable: false),
                    PremiumYen = table.Column<long>(type: "bigint", nullable: false),
                    PremiumRatePercent = table.Column<int>(type: "integer", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ChannelReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PurchasedLotId = table.Column<Guid>(type: "uuid", nullable: false),
                    PremiumLotId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    FailureReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_records",
                schema: "wallet",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_records", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "lots",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Bucket = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GrantedYen = table.Column<long>(type: "bigint", nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpiredYen = table.Column<long>(type: "bigint", nullable: false),
                    NoticesSent = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "merchants",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Class = table.Column<int>(type: "integer", nullable: false),
                    BankCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    BranchCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    AccountType = table.Column<int>(type: "integer", nullable: false),
                    AccountNumber = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    AccountHolderKana = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReviewNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AppliedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Message = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: true),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PayloadJson = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DispatchedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payment_requests",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    MerchantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Token = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AmountYen = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PaidById = table.Column<Guid>(type: "uuid", nullable: true),
                    PaidAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PaymentId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    BalanceAfterYen = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payout_lines",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    MerchantId = table.Column<Guid>(type: "uuid", nullable: false),
                    MerchantName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BankCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    BranchCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    AccountType = table.Column<int>(type: "integer", nullable: false),
                    AccountNumber = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    AccountHolderKana = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    GrossYen = table.Column<long>(type: "bigint", nullable: false),
                    FeePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    FeeYen = table.Column<long>(type: "bigint", nullable: false),
                    NetYen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payout_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payout_runs",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    TransferDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    GrossYen = table.Column<long>(type: "bigint", nullable: false),
                    FeeYen = table.Column<long>(type: "bigint", nullable: false),
                    NetYen = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payout_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "qr_cards",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CardNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PinHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FailedAttempts = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qr_cards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "refunds",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    MerchantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaymentId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmountYen = table.Column<long>(type: "bigint", nullable: false),
                    PointsYen = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "wallet",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    CurrencyName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IssuerMode = table.Column<int>(type: "integer", nullable: false),
                    IssuerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ConsultationDesk = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MinChargeYen = table.Column<long>(type: "bigint", nullable: false),
                    MaxChargeYen = table.Column<long>(type: "bigint", nullable: false),
                    MonthlyChargeLimitYen = table.Column<long>(type: "bigint", nullable: false),
                    BalanceCapYen = table.Column<long>(type: "bigint", nullable: false),
                    PurchasedValidityDays = table.Column<int>(type: "integer", nullable: false),
                    PremiumValidityDays = table.Column<int>(type: "integer", nullable: false),
                    PointsValidityDays = table.Column<int>(type: "integer", nullable: false),
                    SpendingOrder = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    TierRates = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TierWindowDays = table.Column<int>(type: "integer", nullable: false),
                    PayoutCycle = table.Column<int>(type: "integer", nullable: false),
                    PayoutRequesterCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PayoutRequesterNameKana = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PayoutBankCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    PayoutBankNameKana = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    PayoutBranchCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    PayoutBranchNameKana = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    PayoutAccountNumber = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    CardPinMaxAttempts = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.MunicipalityId);
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
                name: "IX_audit_entries_Chain_Sequence",
                schema: "wallet",
                table: "audit_entries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_MunicipalityId",
                schema: "wallet",
                table: "campaigns",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_MunicipalityId_StartsAtUtc",
                schema: "wallet",
                table: "campaigns",
                columns: new[] { "MunicipalityId", "StartsAtUtc" });

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
                name: "IX_charges_MunicipalityId",
                schema: "wallet",
                table: "charges",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_charges_MunicipalityId_ReceiptNumber",
                schema: "wallet",
                table: "charges",
                columns: new[] { "MunicipalityId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charges_MunicipalityId_RequestKey",
                schema: "wallet",
                table: "charges",
                columns: new[] { "MunicipalityId", "RequestKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charges_MunicipalityId_ResidentId_CreatedAtUtc",
                schema: "wallet",
                table: "charges",
                columns: new[] { "MunicipalityId", "ResidentId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_lots_MunicipalityId",
                schema: "wallet",
                table: "lots",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_lots_MunicipalityId_ExpiredAtUtc_ExpiresAtUtc",
                schema: "wallet",
                table: "lots",
                columns: new[] { "MunicipalityId", "ExpiredAtUtc", "ExpiresAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_lots_MunicipalityId_ResidentId",
                schema: "wallet",
                table: "lots",
                columns: new[] { "MunicipalityId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_merchants_MunicipalityId",
                schema: "wallet",
                table: "merchants",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_merchants_MunicipalityId_OwnerId",
                schema: "wallet",
                table: "merchants",
                columns: new[] { "MunicipalityId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_merchants_MunicipalityId_ShopCode",
                schema: "wallet",
                table: "merchants",
                columns: new[] { "MunicipalityId", "ShopCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notices_MunicipalityId",
                schema: "wallet",
                table: "notices",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_notices_MunicipalityId_ResidentId_CreatedAtUtc",
                schema: "wallet",
                table: "notices",
                columns: new[] { "MunicipalityId", "ResidentId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DispatchedAtUtc_NextAttemptAtUtc",
                schema: "wallet",
                table: "outbox_messages",
                columns: new[] { "DispatchedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_MessageId",
                schema: "wallet",
                table: "outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payment_requests_MunicipalityId",
                schema: "wallet",
                table: "payment_requests",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_requests_MunicipalityId_MerchantId_CreatedAtUtc",
                schema: "wallet",
                table: "payment_requests",
                columns: new[] { "MunicipalityId", "MerchantId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_requests_MunicipalityId_Token",
                schema: "wallet",
                table: "payment_requests",
                columns: new[] { "MunicipalityId", "Token" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payout_lines_MunicipalityId",
                schema: "wallet",
                table: "payout_lines",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_payout_lines_MunicipalityId_MerchantId",
                schema: "wallet",
                table: "payout_lines",
                columns: new[] { "MunicipalityId", "MerchantId" });

            migrationBuilder.CreateIndex(
                name: "IX_payout_lines_MunicipalityId_RunId",
                schema: "wallet",
                table: "payout_lines",
                columns: new[] { "MunicipalityId", "RunId" });

            migrationBuilder.CreateIndex(
                name: "IX_payout_runs_MunicipalityId",
                schema: "wallet",
                table: "payout_runs",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_payout_runs_MunicipalityId_CreatedAtUtc",
                schema: "wallet",
                table: "payout_runs",
                columns: new[] { "MunicipalityId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_qr_cards_MunicipalityId",
                schema: "wallet",
                table: "qr_cards",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_qr_cards_MunicipalityId_CardNumber",
                schema: "wallet",
                table: "qr_cards",
                columns: new[] { "MunicipalityId", "CardNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_qr_cards_MunicipalityId_ResidentId",
                schema: "wallet",
                table: "qr_cards",
                columns: new[] { "MunicipalityId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_refunds_MunicipalityId",
                schema: "wallet",
                table: "refunds",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_refunds_MunicipalityId_PaymentId",
                schema: "wallet",
                table: "refunds",
                columns: new[] { "MunicipalityId", "PaymentId" });

            migrationBuilder.CreateIndex(
                name: "IX_settings_MunicipalityId",
                schema: "wallet",
                table: "settings",
                column: "MunicipalityId");

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
                name: "audit_entries",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "campaigns",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "cash_refund_switch",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "cash_refunds",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "charges",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "inbox_records",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "lots",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "merchants",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "notices",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "payment_requests",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "payout_lines",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "payout_runs",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "qr_cards",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "refunds",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "unused_balance_snapshots",
                schema: "wallet");
        }
    }
}
