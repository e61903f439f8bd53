using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Activities.Rewards;
using MachiDx.Ledger;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Contracts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Lots;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Payouts;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Wallet;

/// <summary>
/// Money checked in yen and by lot, not by status code: which lot a payment draws from, the premium each activity tier
/// earns, the fee each shop class pays at payout, and which lots a refund goes back to. Every resident and shop here is
/// created by the test, so no other scenario's data changes the figures.
/// </summary>
public abstract class MoneyByValueScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task A_payment_draws_from_the_earliest_expiring_lot_of_a_bucket_first()
    {
        const string city = "okawa";
        var resident = await app.RegisterResidentAsync(city, "期限順 テスト");
        // The lot granted FIRST expires LAST, so neither grant order nor the (time-ordered) lot id can stand in for expiry.
        var late = await GrantPointsAsync(city, resident.Id, 300, expiresInDays: 200);
        var soon = await GrantPointsAsync(city, resident.Id, 120, expiresInDays: 20);
        Assert.Equal((300L, 120L), (await LotBalanceAsync(city, resident.Id, late), await LotBalanceAsync(city, resident.Id, soon)));

        var api = await app.ApiAsync(resident);
        await PayAsync(api, city, "OKASHOP1", 100);
        Assert.Equal((300L, 20L), (await LotBalanceAsync(city, resident.Id, late), await LotBalanceAsync(city, resident.Id, soon)));

        // The next payment empties the soon-expiring lot and only then takes the rest from the later one.
        await PayAsync(api, city, "OKASHOP1", 50);
        Assert.Equal((270L, 0L), (await LotBalanceAsync(city, resident.Id, late), await LotBalanceAsync(city, resident.Id, soon)));
        Assert.Equal(270, (await app.WalletAsync(city, resident.Id)).Total);
        await app.AssertLedgerConsistentAsync(city);
    }

    [Fact]
    public async Task The_premium_in_yen_follows_each_activity_tier()
    {
        const string city = "miyama";
        await OnlyCampaignAsync(city, "ティア検証キャンペーン", baseRatePercent: 10);
        await SetTiersAsync(city, "300:2,1000:5");
        var none = await app.RegisterResidentAsync(city, "ティアなし テスト");
        var tier1 = await app.RegisterResidentAsync(city, "ティア一 テスト");
        var tier2 = await app.RegisterResidentAsync(city, "ティア二 テスト");
        await ActivityPointsAsync(city, tier1.Id, 300);
        await ActivityPointsAsync(city, tier2.Id, 1_000);

        // ¥10,000 under a 10% campaign: 10% + 0 / +2 / +5 points of activity premium.
        foreach (var (resident, premium, rate) in new[] { (none, 1_000L, 10), (tier1, 1_200L, 12), (tier2, 1_500L, 15) })
        {
            var before = await app.WalletAsync(city, resident.Id);
            Assert.Equal(premium, await app.ChargeAtCounterAsync(city, resident.Id, 10_000));

            var lots = await LotsAsync(city, resident.Id);
            var premiumLot = Assert.Single(lots, l => l.Source == LotSource.Premium);
            Assert.Equal((Bucket.Premium, premium), (premiumLot.Bucket, premiumLot.GrantedYen));
            var purchased = Assert.Single(lots, l => l.Source == LotSource.Charge);
            Assert.Equal((Bucket.Purchased, 10_000L), (purchased.Bucket, purchased.GrantedYen));
            var charge = await app.WithScopeAsync(city, sp => sp.GetRequiredService<WalletDbContext>().Charges.AsNoTracking().SingleAsync(c => c.ResidentId == resident.Id));
            Assert.Equal((10_000L, premium, rate), (charge.AmountYen, charge.PremiumYen, charge.PremiumRatePercent));

            var after = await app.WalletAsync(city, resident.Id);
            Assert.Equal(premium, after.InBucket(Bucket.Premium) - before.InBucket(Bucket.Premium));
            Assert.Equal(10_000, after.InBucket(Bucket.Purchased) - before.InBucket(Bucket.Purchased));
            Assert.Equal(premium, await LotBalanceAsync(city, resident.Id, premiumLot.Id));
        }

        await app.AssertLedgerConsistentAsync(city);
    }

    [Fact]
    public async Task A_payout_deducts_each_shop_class_fee_in_yen()
    {
        const string city = "yukuhashi";
        var small = await ApprovedShopAsync(city, "手数料 中小の店", MerchantClass.Small);
        var large = await ApprovedShopAsync(city, "手数料 大型の店", MerchantClass.Large);
        var publicShop = await ApprovedShopAsync(city, "手数料 公共の施設", MerchantClass.Public);
        var resident = await app.RegisterResidentAsync(city, "換金 テスト");
        await app.ChargeAtCounterAsync(city, resident.Id, 40_000);
        var api = await app.ApiAsync(resident);
        foreach (var shop in new[] { small, large, publicShop })
        {
            await PayAsync(api, city, shop.ShopCode, 12_345);
        }

        var feeIncomeBefore = await SystemCreditAsync(city, AccountKind.FeeIncome);
        var run = await app.WithScopeAsync(city, sp => sp.GetRequiredService<PayoutDesk>().CreateRunAsync(
            app.Clock.Today.AddDays(3), "テスト会計", (_, _) => Task.CompletedTask, CancellationToken.None));
        var lines = await app.WithScopeAsync(city, sp => sp.GetRequiredService<WalletDbContext>().PayoutLines.AsNoTracking()
            .Where(l => l.RunId == run.Id).ToListAsync());

        // 中小 1.5% of ¥12,345 = ¥185.175 → ¥185; 大型 1.8% = ¥222.21 → ¥222; 公共 no fee. Fees round down (the shop's favour).
        Assert.Equal((12_345L, 1.5m, 185L, 12_160L), Line(lines, small));
        Assert.Equal((12_345L, 1.8m, 222L, 12_123L), Line(lines, large));
        Assert.Equal((12_345L, 0m, 0L, 12_345L), Line(lines, publicShop));
        Assert.Equal(lines.Sum(l => l.FeeYen), run.FeeYen);
        Assert.Equal(run.GrossYen - run.FeeYen, run.NetYen);

        var treasurer = app.Pages();
        await treasurer.LoginAsync(city, "treasurer");
        var page = await treasurer.GetAsync($"/{city}/staff/wallet/payouts/{run.Id}");
        var confirmed = await treasurer.PostAsync($"/{city}/staff/wallet/payouts/{run.Id}?handler=Confirm",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal(feeIncomeBefore + run.FeeYen, await SystemCreditAsync(city, AccountKind.FeeIncome));
        foreach (var shop in new[] { small, large, publicShop })
        {
            Assert.Equal((0L, 0L), await ShopBalanceAsync(city, shop.Id)); // everything paid out, nothing left reserved
        }

        await app.AssertLedgerConsistentAsync(city);
    }

    [Fact]
    public async Task A_refund_goes_back_to_the_lots_the_payment_drew_from_last_spent_first()
    {
        const string city = "okawa";
        var resident = await app.RegisterResidentAsync(city, "返金先 テスト");
        await CloseCampaignsAsync(city); // no premium lot: the figures below are the resident's lots only
        var points = await GrantPointsAsync(city, resident.Id, 100, expiresInDays: 100);
        await app.ChargeAtCounterAsync(city, resident.Id, 1_000);
        var purchased = (await LotsAsync(city, resident.Id)).Single(l => l.Source == LotSource.Charge).Id;

        // Points are spent first (the city's order Points, Premium, Purchased): ¥100 from points, ¥500 from the charge.
        var paymentId = await PayAsync(await app.ApiAsync(resident), city, "OKASHOP1", 600);
        Assert.Equal((0L, 500L), (await LotBalanceAsync(city, resident.Id, points), await LotBalanceAsync(city, resident.Id, purchased)));

        var shop = app.Pages();
        await shop.LoginAsync(city, "merchant");
        var path = $"/{city}/shop/payments/{paymentId}/refund";
        var first = await shop.SubmitAsync(path, new Dictionary<string, string> { ["Input.AmountYen"] = "450", ["Input.Reason"] = "一部返品", ["Key"] = Guid.CreateVersion7().ToString() });
        Assert.Contains("返金しました", first.Text);
        // The last-spent lot (the charge) is refilled first; the points lot stays empty.
        Assert.Equal((0L, 950L), (await LotBalanceAsync(city, resident.Id, points), await LotBalanceAsync(city, resident.Id, purchased)));

        // The points lot has expired since: its share comes back as a new points lot, the old one is not refilled.
        await SetExpiryAsync(city, resident.Id, points, app.Clock.UtcNow.AddHours(-1));
        var second = await shop.SubmitAsync(path, new Dictionary<string, string> { ["Input.AmountYen"] = "150", ["Input.Reason"] = "残りを返品", ["Key"] = Guid.CreateVersion7().ToString() });
        Assert.Contains("返金しました", second.Text);
        Assert.Equal((0L, 1_000L), (await LedgerBalanceAsync(city, points), await LotBalanceAsync(city, resident.Id, purchased)));
        Assert.DoesNotContain((await app.WalletAsync(city, resident.Id)).Lots, l => l.Lot.AccountId == LedgerIds.FromGuid(points));
        var regrant = Assert.Single(await LotsAsync(city, resident.Id), l => l.Source == LotSource.RefundRegrant);
        Assert.Equal((Bucket.Points, 100L), (regrant.Bucket, regrant.GrantedYen));
        Assert.True(regrant.ExpiresAtUtc > app.Clock.UtcNow.AddDays(1));
        Assert.Equal(100, await LotBalanceAsync(city, resident.Id, regrant.Id));

        var refunds = await app.WithScopeAsync(city, sp => sp.GetRequiredService<WalletDbContext>().Refunds.AsNoTracking()
            .Where(r => r.PaymentId == paymentId).OrderBy(r => r.CreatedAtUtc).Select(r => new { r.AmountYen, r.PointsYen }).ToListAsync());
        Assert.Equal([(450L, 0L), (150L, 100L)], refunds.Select(r => (r.AmountYen, r.PointsYen)));
        await app.AssertLedgerConsistentAsync(city);
    }

    private static (long Gross, decimal FeePercent, long Fee, long Net) Line(List<PayoutLine> lines, Merchant shop)
    {
        var line = Assert.Single(lines, l => l.MerchantId == shop.Id);
        return (line.GrossYen, line.FeePercent, line.FeeYen, line.NetYen);
    }

    private static async Task<string> PayAsync(ApiClient api, string city, string shopCode, long amount)
    {
        using var response = await api.PostAsync($"/api/v1/{city}/wallet/payments", new { shopCode, amountYen = amount, idempotencyKey = Guid.NewGuid().ToString() });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paymentId").GetString()!;
    }

    private async Task<Guid> GrantPointsAsync(string city, Guid resident, long points, int expiresInDays)
    {
        var key = "test/by-value/" + Guid.NewGuid();
        var status = await app.WithScopeAsync(city, sp => sp.GetRequiredService<IWalletRewards>().GrantPointsAsync(resident, points, key, "テストのポイント", CancellationToken.None));
        Assert.Equal(RewardGrantStatus.Granted, status);
        var id = await app.WithScopeAsync(city, sp => sp.GetRequiredService<WalletDbContext>().Lots.Where(l => l.SourceReference == key).Select(l => l.Id).SingleAsync());
        await SetExpiryAsync(city, resident, id, app.Clock.UtcNow.AddDays(expiresInDays));
        return id;
    }

    private Task<int> SetExpiryAsync(string city, Guid resident, Guid lotId, DateTime expiresAtUtc) =>
        app.WithScopeAsync(city, async sp =>
        {
            var db = sp.GetRequiredService<WalletDbContext>();
            var changed = await db.Lots.Where(l => l.Id == lotId).ExecuteUpdateAsync(u => u.SetProperty(l => l.ExpiresAtUtc, expiresAtUtc));
            sp.GetRequiredService<WalletDirectory>().InvalidateLots(sp.GetRequiredService<TenantContext>().Required.Id, resident);
            return changed;
        });

    private Task<List<Lot>> LotsAsync(string city, Guid resident) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<WalletDbContext>().Lots.AsNoTracking().Where(l => l.ResidentId == resident).ToListAsync());

    /// <summary>What is left in one lot, as the resident's wallet (the ledger) reports it.</summary>
    private async Task<long> LotBalanceAsync(string city, Guid resident, Guid lotId)
    {
        var account = LedgerIds.FromGuid(lotId);
        var wallet = await app.WalletAsync(city, resident);
        return Assert.Single(wallet.Lots, l => l.Lot.AccountId == account).RemainingYen;
    }

    /// <summary>A lot's balance straight from the ledger, for a lot the wallet no longer shows (expired).</summary>
    private Task<long> LedgerBalanceAsync(string city, Guid lotId) =>
        app.WithScopeAsync(city, async sp =>
        {
            var id = sp.GetRequiredService<TenantContext>().Required.Id;
            var b = (await sp.GetRequiredService<ILedger>().GetBalancesAsync(WalletLedgerIds.Ledger(id), new[] { LedgerIds.FromGuid(lotId) }))[0]!.Value.Balance;
            return b.Available;
        });

    private async Task ActivityPointsAsync(string city, Guid resident, long points)
    {
        var grant = await app.WithScopeAsync(city, sp => sp.GetRequiredService<RewardIssuer>().IssueAsync(
            new RewardRequest(resident, RewardKind.Health, "test/tier/" + Guid.NewGuid(), "テストの健康活動", points), CancellationToken.None));
        Assert.Equal(RewardStatus.Granted, grant.Status);
    }

    private Task<int> CloseCampaignsAsync(string city) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<WalletDbContext>().Campaigns.Where(c => c.ClosedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.ClosedAtUtc, app.Clock.UtcNow)));

    private async Task OnlyCampaignAsync(string city, string name, int baseRatePercent)
    {
        await CloseCampaignsAsync(city);
        await app.WithScopeAsync(city, sp => sp.GetRequiredService<CampaignDesk>().CreateAsync(
            sp.GetRequiredService<TenantContext>().Required, name, app.Clock.UtcNow.AddMinutes(-1), app.Clock.UtcNow.AddDays(1), baseRatePercent, 0, 10_000_000, CancellationToken.None));
    }

    private Task<int> SetTiersAsync(string city, string rates) =>
        app.WithScopeAsync(city, async sp =>
        {
            var tenant = sp.GetRequiredService<TenantContext>().Required;
            var directory = sp.GetRequiredService<WalletDirectory>();
            await directory.SettingsAsync(tenant, CancellationToken.None);
            var db = sp.GetRequiredService<WalletDbContext>();
            var settings = await db.Settings.SingleAsync();
            settings.TierRates = rates;
            var saved = await db.SaveChangesAsync();
            directory.InvalidateSettings(tenant.Id);
            return saved;
        });

    private Task<Merchant> ApprovedShopAsync(string city, string name, MerchantClass merchantClass) =>
        app.WithScopeAsync(city, async sp =>
        {
            var desk = sp.GetRequiredService<MerchantDesk>();
            var shop = await desk.ApplyAsync(Guid.NewGuid(), new MerchantApplication(name, "テスト町1-1", "小売", merchantClass, "0177", "123",
                BankAccountType.Ordinary, "7654321", "ﾃｽﾄ"), CancellationToken.None);
            await desk.ReviewAsync(shop, MerchantStatus.Approved, null, CancellationToken.None);
            return shop;
        });

    private Task<long> SystemCreditAsync(string city, AccountKind kind) =>
        app.WithScopeAsync(city, async sp =>
        {
            var id = sp.GetRequiredService<TenantContext>().Required.Id;
            var b = (await sp.GetRequiredService<ILedger>().GetBalancesAsync(WalletLedgerIds.Ledger(id), new[] { WalletLedgerIds.SystemAccount(id, kind) }))[0]!.Value.Balance;
            return b.CreditBalance;
        });

    private Task<(long Available, long Pending)> ShopBalanceAsync(string city, Guid merchantId) =>
        app.WithScopeAsync(city, async sp =>
        {
            var id = sp.GetRequiredService<TenantContext>().Required.Id;
            var b = (await sp.GetRequiredService<ILedger>().GetBalancesAsync(WalletLedgerIds.Ledger(id), new[] { WalletLedgerIds.Merchant(id, merchantId) }))[0]!.Value.Balance;
            return (b.Available, b.DebitsPending);
        });
}

public sealed class MoneyByValueOnSqlite(SqliteApp app) : MoneyByValueScenarios<SqliteApp>(app);

public sealed class MoneyByValueOnPostgres(PostgresApp app) : MoneyByValueScenarios<PostgresApp>(app);
