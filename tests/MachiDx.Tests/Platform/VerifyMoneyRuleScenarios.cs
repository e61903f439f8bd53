using MachiDx.Activities.Data;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Compliance;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Lots;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Pay;
using MachiDx.Wallet.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>
/// `MachiDx verify` checks the wallet's money rules, city by city: it holds on the demo data plus fresh activity, and each
/// rule broken directly in the database (as a bad script or a hand edit would) makes it fail with exit code 1 and a line
/// that names the offending row. Every test puts the row back, so the others start from a database that verifies.
/// </summary>
public abstract class VerifyMoneyRuleScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Verify_holds_on_the_demo_data_with_charges_payments_refunds_payouts_rewards_and_a_snapshot()
    {
        var resident = await app.UserIdAsync("miyama", "jumin001");
        await app.ChargeAtCounterAsync("miyama", resident, 6_000);
        var payment = await PayAsync("miyama", resident, 2_000);
        Assert.Null(await RefundAsync("miyama", payment, 500));
        await IssueRewardAsync("miyama", resident, "verify-clean", 120);
        await PayoutRunAsync("miyama");
        await SnapshotNowAsync("miyama");

        var (code, output) = await VerifyAsync();

        Assert.True(code == 0, output);
        Assert.EndsWith("Every check holds.", output.TrimEnd(), StringComparison.Ordinal);
        foreach (var check in new[] { RefundName, PayoutName, PremiumName, LotName, SnapshotName, MonthlyName, YearName })
        {
            foreach (var city in new[] { "okawa", "yukuhashi", "miyama" })
            {
                Assert.Contains(Lines(output), l => l.StartsWith("ok", StringComparison.Ordinal) && l.Contains(check, StringComparison.Ordinal) && l.Contains(city, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task A_refund_record_beyond_its_payment_fails_verify()
    {
        var resident = await app.UserIdAsync("okawa", "jumin002");
        await app.ChargeAtCounterAsync("okawa", resident, 3_000);
        var payment = await PayAsync("okawa", resident, 1_000);
        Assert.Null(await RefundAsync("okawa", payment, 400));
        var forged = Guid.CreateVersion7();
        await app.WithScopeAsync("okawa", async sp =>
        {
            var db = sp.GetRequiredService<WalletDbContext>();
            var shop = await db.Merchants.SingleAsync(m => m.ShopCode == "OKASHOP1");
            db.Refunds.Add(new RefundRecord
            {
                Id = forged, MerchantId = shop.Id, PaymentId = payment, ResidentId = resident, AmountYen = 700, Reason = "直接挿入", CreatedAtUtc = app.Clock.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        try
        {
            var line = await FailedLineAsync(RefundName, "okawa");
            Assert.Contains(payment, line, StringComparison.Ordinal);
            Assert.Contains($"refund {forged} ¥700", line, StringComparison.Ordinal);
            Assert.Contains("paid ¥1,000: refund records ¥1,100, ledger refunds ¥400", line, StringComparison.Ordinal);
        }
        finally
        {
            await WalletAsync("okawa", db => db.Refunds.Where(r => r.Id == forged).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task A_payout_line_bumped_beyond_sales_less_fees_fails_verify()
    {
        var resident = await app.UserIdAsync("yukuhashi", "jumin002");
        await app.ChargeAtCounterAsync("yukuhashi", resident, 4_000);
        await PayAsync("yukuhashi", resident, 3_000);
        var run = await PayoutRunAsync("yukuhashi");
        var shop = await WalletAsync("yukuhashi", db => db.Merchants.SingleAsync(m => m.ShopCode == "YUKSHOP1"));
        var line = await WalletAsync("yukuhashi", db => db.PayoutLines.SingleAsync(l => l.RunId == run.Id && l.MerchantId == shop.Id));
        Assert.True(line.GrossYen >= 3_000, $"gross {line.GrossYen}");
        await WalletAsync("yukuhashi", db => db.PayoutLines.Where(l => l.Id == line.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.NetYen, l => l.NetYen + 1_000)));
        try
        {
            var failed = await FailedLineAsync(PayoutName, "yukuhashi");
            Assert.Contains($"payout line {line.Id} (run {run.Id}, shop YUKSHOP1)", failed, StringComparison.Ordinal);
            Assert.Contains("net ¥" + Yen(line.NetYen + 1_000), failed, StringComparison.Ordinal);
        }
        finally
        {
            await WalletAsync("yukuhashi", db => db.PayoutLines.Where(l => l.Id == line.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.NetYen, line.NetYen)));
        }
    }

    [Fact]
    public async Task A_campaign_budget_below_the_premium_it_granted_fails_verify()
    {
        var campaign = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<CampaignDesk>().CreateAsync(
            sp.GetRequiredService<TenantContext>().Required, "検証用キャンペーン",
            new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), app.Clock.UtcNow.AddDays(1), 10, 0, 50_000, None));
        var resident = await app.UserIdAsync("okawa", "jumin003");
        var premium = await app.ChargeAtCounterAsync("okawa", resident, 5_000);
        Assert.True(premium >= 500, $"premium {premium}");
        await WalletAsync("okawa", db => db.Campaigns.Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.BudgetYen, premium - 1).SetProperty(c => c.ClosedAtUtc, app.Clock.UtcNow)));
        try
        {
            var failed = await FailedLineAsync(PremiumName, "okawa");
            Assert.Contains($"campaign {campaign.Id} 「検証用キャンペーン」 budget ¥{Yen(premium - 1)}: premium lots ¥{Yen(premium)} (1 lots), ledger premium ¥{Yen(premium)}", failed, StringComparison.Ordinal);
        }
        finally
        {
            await WalletAsync("okawa", db => db.Campaigns.Where(c => c.Id == campaign.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.BudgetYen, 50_000)));
        }
    }

    [Fact]
    public async Task A_lot_holding_more_than_its_grant_fails_verify()
    {
        var resident = await app.UserIdAsync("yukuhashi", "jumin003");
        await app.ChargeAtCounterAsync("yukuhashi", resident, 2_000);
        var lot = await WalletAsync("yukuhashi", db => db.Lots.Where(l => l.ResidentId == resident && l.Source == LotSource.Charge)
            .OrderByDescending(l => l.GrantedAtUtc).FirstAsync());
        Assert.Equal(2_000, lot.GrantedYen);
        await WalletAsync("yukuhashi", db => db.Lots.Where(l => l.Id == lot.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.GrantedYen, 1_500)));
        try
        {
            var failed = await FailedLineAsync(LotName, "yukuhashi");
            Assert.Contains($"lot {lot.Id} (Purchased, Charge, resident {resident}): balance ¥2,000 > granted ¥1,500", failed, StringComparison.Ordinal);
        }
        finally
        {
            await WalletAsync("yukuhashi", db => db.Lots.Where(l => l.Id == lot.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.GrantedYen, 2_000)));
        }
    }

    [Fact]
    public async Task Points_inflated_beyond_the_monthly_cap_fail_verify()
    {
        var resident = await app.UserIdAsync("okawa", "jumin004");
        var grant = await IssueRewardAsync("okawa", resident, "verify-cap", 50);
        var cap = await ActivitiesAsync("okawa", db => db.Policies.Select(p => p.MonthlyCapPoints).SingleAsync());
        await ActivitiesAsync("okawa", db => db.Grants.Where(g => g.Id == grant.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Points, cap + 1)));
        try
        {
            var failed = await FailedLineAsync(MonthlyName, "okawa");
            Assert.Contains($"resident {resident} month {grant.Month}: ", failed, StringComparison.Ordinal);
            Assert.Contains($"> cap {Yen(cap)} pt", failed, StringComparison.Ordinal);
            Assert.Contains($"grant {grant.Id} {Yen(cap + 1)} pt", failed, StringComparison.Ordinal);
        }
        finally
        {
            await ActivitiesAsync("okawa", db => db.Grants.Where(g => g.Id == grant.Id).ExecuteUpdateAsync(s => s.SetProperty(g => g.Points, 50)));
        }
    }

    [Fact]
    public async Task Points_beyond_the_fiscal_year_budget_fail_verify()
    {
        var resident = await app.UserIdAsync("yukuhashi", "jumin004");
        var grant = await IssueRewardAsync("yukuhashi", resident, "verify-budget", 1_000);
        var (budget, year) = await ActivitiesAsync("yukuhashi", async db => (
            await db.Policies.Select(p => p.FiscalYearBudgetPoints).SingleAsync(),
            await db.Grants.Where(g => g.FiscalYear == grant.FiscalYear && g.Status != RewardStatus.Skipped).SumAsync(g => g.Points)));
        await ActivitiesAsync("yukuhashi", db => db.Policies.ExecuteUpdateAsync(s => s.SetProperty(p => p.FiscalYearBudgetPoints, year - 1)));
        try
        {
            var failed = await FailedLineAsync(YearName, "yukuhashi");
            Assert.Contains($"fiscal year {grant.FiscalYear}: {Yen(year)} pt", failed, StringComparison.Ordinal);
            Assert.Contains($"> budget {Yen(year - 1)} pt", failed, StringComparison.Ordinal);
            Assert.Contains($"grant {grant.Id} resident {resident} 1,000 pt", failed, StringComparison.Ordinal);
        }
        finally
        {
            await ActivitiesAsync("yukuhashi", db => db.Policies.ExecuteUpdateAsync(s => s.SetProperty(p => p.FiscalYearBudgetPoints, budget)));
        }
    }

    [Fact]
    public async Task An_edited_base_date_snapshot_fails_verify()
    {
        var resident = await app.UserIdAsync("okawa", "jumin005");
        await app.ChargeAtCounterAsync("okawa", resident, 2_500);
        var snapshot = await SnapshotNowAsync("okawa");
        Assert.True(snapshot.PurchasedUnusedYen >= 2_500);
        await WalletAsync("okawa", db => db.Snapshots.Where(s => s.Id == snapshot.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PurchasedUnusedYen, snapshot.PurchasedUnusedYen - 1_000)));
        try
        {
            var failed = await FailedLineAsync(SnapshotName, "okawa");
            Assert.Contains($"snapshot {snapshot.Id} (基準日 {snapshot.BaseDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})", failed, StringComparison.Ordinal);
            Assert.Contains("content hash does not match", failed, StringComparison.Ordinal);
            Assert.Contains("recorded purchased ¥" + Yen(snapshot.PurchasedUnusedYen - 1_000), failed, StringComparison.Ordinal);
            Assert.Contains("ledger purchased ¥" + Yen(snapshot.PurchasedUnusedYen), failed, StringComparison.Ordinal);
        }
        finally
        {
            await WalletAsync("okawa", db => db.Snapshots.Where(s => s.Id == snapshot.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.PurchasedUnusedYen, snapshot.PurchasedUnusedYen)));
        }
    }

    private const string RefundName = "refunds ≤ payment";
    private const string PayoutName = "payouts ≤ sales − fees";
    private const string PremiumName = "premium ≤ budget";
    private const string LotName = "lot balance ≤ grant";
    private const string SnapshotName = "基準日 snapshots";
    private const string MonthlyName = "points ≤ monthly cap";
    private const string YearName = "points ≤ year budget";

    private static int labelSeed;

    private static string Yen(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>What `MachiDx verify` prints and returns.</summary>
    private Task<(int Code, string Output)> VerifyAsync() =>
        app.WithScopeAsync(null, async sp =>
        {
            using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            var code = await sp.GetRequiredService<IntegrityVerifier>().ReportAsync(output, None);
            return (code, output.ToString());
        });

    /// <summary>Runs verify, expects exit code 1, and returns the one FAILED line of the check in the city (the only failure).</summary>
    private async Task<string> FailedLineAsync(string check, string city)
    {
        var (code, output) = await VerifyAsync();
        Assert.True(code == 1, output);
        Assert.EndsWith("A check failed.", output.TrimEnd(), StringComparison.Ordinal);
        var failed = Lines(output).Where(l => l.StartsWith("FAILED", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(failed);
        Assert.Contains(check, line, StringComparison.Ordinal);
        Assert.Contains(" " + city + " ", line, StringComparison.Ordinal);
        return line;
    }

    private Task<T> WalletAsync<T>(string city, Func<WalletDbContext, Task<T>> action) =>
        app.WithScopeAsync(city, sp => action(sp.GetRequiredService<WalletDbContext>()));

    private Task<T> ActivitiesAsync<T>(string city, Func<ActivitiesDbContext, Task<T>> action) =>
        app.WithScopeAsync(city, sp => action(sp.GetRequiredService<ActivitiesDbContext>()));

    private Task<string> PayAsync(string city, Guid resident, long amount) =>
        app.WithScopeAsync(city, async sp =>
        {
            var municipality = sp.GetRequiredService<TenantContext>().Required;
            var shop = await sp.GetRequiredService<MerchantDirectory>().FindAsync(municipality, city[..3].ToUpperInvariant() + "SHOP1", None);
            var outcome = await sp.GetRequiredService<PaymentDesk>().PayAsync(municipality, resident, shop!, amount, Guid.NewGuid().ToString("N"), None);
            Assert.Equal(PaymentStatus.Paid, outcome.Status);
            return outcome.PaymentId!;
        });

    private Task<string?> RefundAsync(string city, string payment, long amount) =>
        app.WithScopeAsync(city, async sp =>
        {
            var code = city[..3].ToUpperInvariant() + "SHOP1";
            var shop = await sp.GetRequiredService<WalletDbContext>().Merchants.AsNoTracking().SingleAsync(m => m.ShopCode == code);
            return (await sp.GetRequiredService<RefundDesk>().RefundAsync(shop, payment, amount, "検証", Guid.CreateVersion7(), None)).Error;
        });

    private Task<PayoutRun> PayoutRunAsync(string city) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<PayoutDesk>().CreateRunAsync(
            app.Clock.Today.AddDays(3), "テスト会計", (_, _) => Task.CompletedTask, None));

    private async Task<RewardGrant> IssueRewardAsync(string city, Guid resident, string key, long points)
    {
        var grant = await app.WithScopeAsync(city, sp => sp.GetRequiredService<RewardIssuer>()
            .IssueAsync(new RewardRequest(resident, RewardKind.Health, $"{key}/{resident:N}", "検証", points), None));
        Assert.Equal(RewardStatus.Granted, grant.Status);
        return grant;
    }

    private async Task<UnusedBalanceSnapshot> SnapshotNowAsync(string city)
    {
        // A label no real base date uses, unique per call; the instant is now (as ComplianceScenarios does).
        var label = new DateOnly(1980, 1, 1).AddDays(Interlocked.Increment(ref labelSeed));
        app.Clock.Advance(TimeSpan.FromMilliseconds(20)); // strictly after the ledger's last transfer
        var asOf = app.Clock.UtcNow;
        var outcome = await app.WithScopeAsync(city, sp => sp.GetRequiredService<SnapshotDesk>().TakeAsync(label, asOf, None));
        Assert.True(outcome.Created, outcome.Error);
        return outcome.Snapshot!;
    }
}

public sealed class VerifyMoneyRulesOnSqlite(SqliteApp app) : VerifyMoneyRuleScenarios<SqliteApp>(app);

public sealed class VerifyMoneyRulesOnPostgres(PostgresApp app) : VerifyMoneyRuleScenarios<PostgresApp>(app);
