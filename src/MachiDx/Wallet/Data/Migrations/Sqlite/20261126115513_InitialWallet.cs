using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachiDx.Wallet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialWallet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The ledger engine's tables (ledger_* / schema ledger), versioned with the app's migrations (LedgerSchema.Version 1).
            migrationBuilder.Sql(MachiDx.Ledger.LedgerSchema.Sqlite);

            migrationBuilder.CreateTable(
                name: "wallet_audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Chain = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: true),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DetailsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BaseRatePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxPremiumPerChargeYen = table.Column<long>(type: "INTEGER", nullable: false),
                    BudgetYen = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_campaigns", x => x.Id);
                });

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
                name: "wallet_charges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountYen = table.Column<long>(type: "INTEGER", nullable: false),
                    PremiumYen = table.Column<long>(type: "INTEGER", nullable: false),
                    PremiumRatePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ChannelReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PurchasedLotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PremiumLotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_charges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_inbox_records",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_inbox_records", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "wallet_lots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bucket = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GrantedYen = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExpiredYen = table.Column<long>(type: "INTEGER", nullable: false),
                    NoticesSent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_lots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_merchants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Class = table.Column<int>(type: "INTEGER", nullable: false),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    BranchCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    AccountType = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    AccountHolderKana = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_merchants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DispatchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_payment_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    MerchantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AmountYen = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidById = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaidAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PaymentId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BalanceAfterYen = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_payment_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_payout_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MerchantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MerchantName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    BranchCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    AccountType = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    AccountHolderKana = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    GrossYen = table.Column<long>(type: "INTEGER", nullable: false),
                    FeePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    FeeYen = table.Column<long>(type: "INTEGER", nullable: false),
                    NetYen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_payout_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_payout_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    TransferDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    GrossYen = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeYen = table.Column<long>(type: "INTEGER", nullable: false),
                    NetYen = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_payout_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_qr_cards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PinHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_qr_cards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_refunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    MerchantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountYen = table.Column<long>(type: "INTEGER", nullable: false),
                    PointsYen = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_refunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_settings",
                columns: table => new
                {
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrencyName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IssuerMode = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConsultationDesk = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MinChargeYen = table.Column<long>(type: "INTEGER", nullable: false),
                    MaxChargeYen = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthlyChargeLimitYen = table.Column<long>(type: "INTEGER", nullable: false),
                    BalanceCapYen = table.Column<long>(type: "INTEGER", nullable: false),
                    PurchasedValidityDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PremiumValidityDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PointsValidityDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SpendingOrder = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TierRates = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TierWindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PayoutCycle = table.Column<int>(type: "INTEGER", nullable: false),
                    PayoutRequesterCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PayoutRequesterNameKana = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PayoutBankCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    PayoutBankNameKana = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    PayoutBranchCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PayoutBranchNameKana = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    PayoutAccountNumber = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    CardPinMaxAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_settings", x => x.MunicipalityId);
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
                name: "IX_wallet_audit_entries_Chain_Sequence",
                table: "wallet_audit_entries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_campaigns_MunicipalityId",
                table: "wallet_campaigns",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_campaigns_MunicipalityId_StartsAtUtc",
                table: "wallet_campaigns",
                columns: new[] { "MunicipalityId", "StartsAtUtc" });

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
                name: "IX_wallet_charges_MunicipalityId",
                table: "wallet_charges",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_charges_MunicipalityId_ReceiptNumber",
                table: "wallet_charges",
                columns: new[] { "MunicipalityId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_charges_MunicipalityId_RequestKey",
                table: "wallet_charges",
                columns: new[] { "MunicipalityId", "RequestKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_charges_MunicipalityId_ResidentId_CreatedAtUtc",
                table: "wallet_charges",
                columns: new[] { "MunicipalityId", "ResidentId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_lots_MunicipalityId",
                table: "wallet_lots",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_lots_MunicipalityId_ExpiredAtUtc_ExpiresAtUtc",
                table: "wallet_lots",
                columns: new[] { "MunicipalityId", "ExpiredAtUtc", "ExpiresAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_lots_MunicipalityId_ResidentId",
                table: "wallet_lots",
                columns: new[] { "MunicipalityId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_merchants_MunicipalityId",
                table: "wallet_merchants",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_merchants_MunicipalityId_OwnerId",
                table: "wallet_merchants",
                columns: new[] { "MunicipalityId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_merchants_MunicipalityId_ShopCode",
                table: "wallet_merchants",
                columns: new[] { "MunicipalityId", "ShopCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_notices_MunicipalityId",
                table: "wallet_notices",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_notices_MunicipalityId_ResidentId_CreatedAtUtc",
                table: "wallet_notices",
                columns: new[] { "MunicipalityId", "ResidentId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_outbox_messages_DispatchedAtUtc_NextAttemptAtUtc",
                table: "wallet_outbox_messages",
                columns: new[] { "DispatchedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_outbox_messages_MessageId",
                table: "wallet_outbox_messages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_payment_requests_MunicipalityId",
                table: "wallet_payment_requests",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_payment_requests_MunicipalityId_MerchantId_CreatedAtUtc",
                table: "wallet_payment_requests",
                columns: new[] { "MunicipalityId", "MerchantId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_payment_requests_MunicipalityId_Token",
                table: "wallet_payment_requests",
                columns: new[] { "MunicipalityId", "Token" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_payout_lines_MunicipalityId",
                table: "wallet_payout_lines",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_payout_lines_MunicipalityId_MerchantId",
                table: "wallet_payout_lines",
                columns: new[] { "MunicipalityId", "MerchantId" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_payout_lines_MunicipalityId_RunId",
                table: "wallet_payout_lines",
                columns: new[] { "MunicipalityId", "RunId" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_payout_runs_MunicipalityId",
                table: "wallet_payout_runs",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_payout_runs_MunicipalityId_CreatedAtUtc",
                table: "wallet_payout_runs",
                columns: new[] { "MunicipalityId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_qr_cards_MunicipalityId",
                table: "wallet_qr_cards",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_qr_cards_MunicipalityId_CardNumber",
                table: "wallet_qr_cards",
                columns: new[] { "MunicipalityId", "CardNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_qr_cards_MunicipalityId_ResidentId",
                table: "wallet_qr_cards",
                columns: new[] { "MunicipalityId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_refunds_MunicipalityId",
                table: "wallet_refunds",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_wallet_refunds_MunicipalityId_PaymentId",
                table: "wallet_refunds",
                columns: new[] { "MunicipalityId", "PaymentId" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_settings_MunicipalityId",
                table: "wallet_settings",
                column: "MunicipalityId");

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
                name: "wallet_audit_entries");

            migrationBuilder.DropTable(
                name: "wallet_campaigns");

            migrationBuilder.DropTable(
                name: "wallet_cash_refund_switch");

            migrationBuilder.DropTable(
                name: "wallet_cash_refunds");

            migrationBuilder.DropTable(
                name: "wallet_charges");

            migrationBuilder.DropTable(
                name: "wallet_inbox_records");

            migrationBuilder.DropTable(
                name: "wallet_lots");

            migrationBuilder.DropTable(
                name: "wallet_merchants");

            migrationBuilder.DropTable(
                name: "wallet_notices");

            migrationBuilder.DropTable(
                name: "wallet_outbox_messages");

            migrationBuilder.DropTable(
                name: "wallet_payment_requests");

            migrationBuilder.DropTable(
                name: "wallet_payout_lines");

            migrationBuilder.DropTable(
                name: "wallet_payout_runs");

            migrationBuilder.DropTable(
                name: "wallet_qr_cards");

            migrationBuilder.DropTable(
                name: "wallet_refunds");

            migrationBuilder.DropTable(
                name: "wallet_settings");

            migrationBuilder.DropTable(
                name: "wallet_unused_balance_snapshots");
        }
    }
}
