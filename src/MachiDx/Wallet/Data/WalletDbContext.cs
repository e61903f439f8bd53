using MachiDx.Platform.Data;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Cards;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Compliance;
using MachiDx.Wallet.Home;
using MachiDx.Wallet.Lots;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Pay;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Data;

/// <summary>
/// The Wallet module's tables: settings, lots, charges, campaigns, merchants, one-time QRs, cards, refunds, notices.
/// Balances and movements are not here: they are the ledger's (<c>ledger_*</c> tables, created by this module's migrations).
/// </summary>
public abstract class WalletDbContext(DbContextOptions options, TenantContext tenant) : ModuleDbContext(options, tenant)
{
    public override string ModuleName => "wallet";

    public DbSet<WalletSettings> Settings => Set<WalletSettings>();

    public DbSet<Lot> Lots => Set<Lot>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<ChargeRecord> Charges => Set<ChargeRecord>();

    public DbSet<ChargeUse> ChargeUsage => Set<ChargeUse>();

    public DbSet<Merchant> Merchants => Set<Merchant>();

    public DbSet<PaymentRequest> PaymentRequests => Set<PaymentRequest>();

    public DbSet<QrCard> Cards => Set<QrCard>();

    public DbSet<RefundRecord> Refunds => Set<RefundRecord>();

    public DbSet<PaymentRefundTotal> RefundTotals => Set<PaymentRefundTotal>();

    public DbSet<WalletNotice> Notices => Set<WalletNotice>();

    public DbSet<Payouts.PayoutRun> PayoutRuns => Set<Payouts.PayoutRun>();

    public DbSet<Payouts.PayoutCycleClaim> PayoutCycleClaims => Set<Payouts.PayoutCycleClaim>();

    public DbSet<Payouts.PayoutLine> PayoutLines => Set<Payouts.PayoutLine>();

    public DbSet<UnusedBalanceSnapshot> Snapshots => Set<UnusedBalanceSnapshot>();

    public DbSet<CashRefundRecord> CashRefunds => Set<CashRefundRecord>();

    public DbSet<CashRefundSwitch> CashRefundSwitches => Set<CashRefundSwitch>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        WalletSettings.Configure(modelBuilder.Entity<WalletSettings>());
        Lot.Configure(modelBuilder.Entity<Lot>());
        Campaign.Configure(modelBuilder.Entity<Campaign>());
        ChargeRecord.Configure(modelBuilder.Entity<ChargeRecord>());
        ChargeUse.Configure(modelBuilder.Entity<ChargeUse>());
        Merchant.Configure(modelBuilder.Entity<Merchant>());
        PaymentRequest.Configure(modelBuilder.Entity<PaymentRequest>());
        QrCard.Configure(modelBuilder.Entity<QrCard>());
        RefundRecord.Configure(modelBuilder.Entity<RefundRecord>());
        PaymentRefundTotal.Configure(modelBuilder.Entity<PaymentRefundTotal>());
        WalletNotice.Configure(modelBuilder.Entity<WalletNotice>());
        Payouts.PayoutRun.Configure(modelBuilder.Entity<Payouts.PayoutRun>());
        Payouts.PayoutCycleClaim.Configure(modelBuilder.Entity<Payouts.PayoutCycleClaim>());
        Payouts.PayoutLine.Configure(modelBuilder.Entity<Payouts.PayoutLine>());
        UnusedBalanceSnapshot.Configure(modelBuilder.Entity<UnusedBalanceSnapshot>());
        CashRefundRecord.Configure(modelBuilder.Entity<CashRefundRecord>());
        CashRefundSwitch.Configure(modelBuilder.Entity<CashRefundSwitch>());
    }
}

public sealed class SqliteWalletDbContext(DbContextOptions<SqliteWalletDbContext> options, TenantContext tenant)
    : WalletDbContext(options, tenant);

public sealed class PostgresWalletDbContext(DbContextOptions<PostgresWalletDbContext> options, TenantContext tenant)
    : WalletDbContext(options, tenant);
