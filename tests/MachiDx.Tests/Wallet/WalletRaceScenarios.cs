using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Ledger;
using MachiDx.Platform.Identity;
using MachiDx.Platform.People;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Compliance;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Pay;
using MachiDx.Wallet.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Wallet;

/// <summary>
/// Wallet limits under concurrency: the same request fired N times at the same moment (tabs, retries, nodes) must stay
/// within the rule the database holds — refunds ≤ the payment, charges ≤ the monthly limit, one cash refund.
/// </summary>
public abstract class WalletRaceScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const int N = 8;

    [Fact]
    public async Task Eight_refunds_of_a_whole_payment_at_once_refund_it_exactly_once()
    {
        var (resident, email) = await FreshResidentAsync();
        await app.ChargeAtCounterAsync("okawa", resident, 2_000);
        var lotsBefore = await LotYenAsync(resident);
        var payment = await PayAsync(email, 123);

        var outcomes = await AtOnce.RunAsync(N, _ => RefundAsync(payment, 123, Guid.CreateVersion7()));

        Assert.Single(outcomes, o => o.Refund is not null);
        Assert.All(outcomes.Where(o => o.Refund is null), o => Assert.Contains("全額返金されています", o.Error));
        // Back into the very lots it was paid from, by yen: no more, no less.
        Assert.Equal(lotsBefore, await LotYenAsync(resident));
        Assert.Equal(123, await RefundedAsync(payment));
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task Two_refunds_of_two_hundred_on_a_two_hundred_yen_payment_refund_two_hundred()
    {
        var (resident, email) = await FreshResidentAsync();
        await app.ChargeAtCounterAsync("okawa", resident, 2_000);
        var totalBefore = (await app.WalletAsync("okawa", resident)).Total;
        var payment = await PayAsync(email, 200);

        var outcomes = await AtOnce.RunAsync(2, _ => RefundAsync(payment, 200, Guid.CreateVersion7()));

        Assert.Single(outcomes, o => o.Refund is not null);
        Assert.Equal(totalBefore, (await app.WalletAsync("okawa", resident)).Total);
        Assert.Equal(200, await RefundedAsync(payment));
    }

    [Fact]
    public async Task Partial_refunds_at_once_stay_within_the_payment_and_no_lot_gets_back_more_than_was_paid_from_it()
    {
        var (resident, email) = await FreshResidentAsync();
        await app.ChargeAtCounterAsync("okawa", resident, 1_000);
        await app.ChargeAtCounterAsync("okawa", resident, 1_000);
        var lotsBefore = await LotYenAsync(resident);
        var payment = await PayAsync(email, 1_000);

        // Eight ¥300 refunds of a ¥1,000 payment: three fit (¥900), the rest are refused with what is left (¥100).
        var outcomes = await AtOnce.RunAsync(N, _ => RefundAsync(payment, 300, Guid.CreateVersion7()));

        Assert.Equal(3, outcomes.Count(o => o.Refund is not null));
        Assert.All(outcomes.Where(o => o.Refund is null), o => Assert.Contains("1円から100円まで", o.Error));
        Assert.Equal(900, await RefundedAsync(payment));
        var after = await LotYenAsync(resident);
        Assert.Equal(lotsBefore.Values.Sum() - 100, after.Values.Sum());
        Assert.All(after, lot => Assert.True(lot.Value <= lotsBefore[lot.Key], "a lot got back more than was paid from it"));
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task The_same_refund_form_submitted_eight_times_at_once_refunds_once()
    {
        var (resident, email) = await FreshResidentAsync();
        await app.ChargeAtCounterAsync("okawa", resident, 2_000);
        var totalBefore = (await app.WalletAsync("okawa", resident)).Total;
        var payment = await PayAsync(email, 50);
        var key = Guid.CreateVersion7();

        var outcomes = await AtOnce.RunAsync(N, _ => RefundAsync(payment, 30, key));

        Assert.All(outcomes, o => Assert.Equal(key, o.Refund?.Id));
        Assert.Equal(totalBefore - 20, (await app.WalletAsync("okawa", resident)).Total);
        Assert.Equal(30, await RefundedAsync(payment));
    }

    [Fact]
    public async Task Eight_tabs_of_the_refund_page_posted_at_once_refund_the_payment_once()
    {
        var (resident, email) = await FreshResidentAsync();
        await app.ChargeAtCounterAsync("okawa", resident, 2_000);
        var lotsBefore = await LotYenAsync(resident);
        var payment = await PayAsync(email, 123);
        var shop = app.Pages();
        await shop.LoginAsync("okawa", "merchant");
        var path = $"/okawa/shop/payments/{payment}/refund";
        var form = await shop.GetAsync(path);
        var token = form.AntiforgeryToken();

        // Each tab has its own refund key; all share the session and its antiforgery token.
        var pages = await AtOnce.RunAsync(N, _ => shop.PostAsync(path, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.AmountYen"] = "123",
            ["Input.Reason"] = "返品",
            ["Key"] = Guid.CreateVersion7().ToString(),
        }));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.Status));
        Assert.Single(pages, p => p.Text.Contains("返金しました", StringComparison.Ordinal));
        Assert.All(pages.Where(p => !p.Text.Contains("返金しました", StringComparison.Ordinal)),
            p => Assert.Matches("全額返金されています|返金できる金額は", p.Text));
        Assert.Equal(lotsBefore, await LotYenAsync(resident));
        Assert.Equal(123, await RefundedAsync(payment));
        Assert.Matches(@"返金済み\s+123円", (await shop.GetAsync(path)).Text);
    }

    [Fact]
    public async Task Eight_charges_at_once_stay_within_the_monthly_limit()
    {
        var (resident, _) = await FreshResidentAsync();
        var (limit, charged, premium) = await app.WithScopeAsync("okawa", async sp =>
        {
            var city = sp.GetRequiredService<TenantContext>().Required;
            var db = sp.GetRequiredService<WalletDbContext>();
            var settings = await sp.GetRequiredService<WalletDirectory>().SettingsAsync(city, CancellationToken.None);
            var preview = await sp.GetRequiredService<ChargeDesk>().PreviewAsync(city, resident, 30_000, CancellationToken.None);
            var charged = await db.Charges.Where(c => c.ResidentId == resident && c.Status == ChargeStatus.Completed).SumAsync(c => c.AmountYen);
            return (settings.MonthlyChargeLimitYen, charged, preview.PremiumYen);
        });
        Assert.Equal(0, charged);
        var purchasedBefore = (await app.WalletAsync("okawa", resident)).InBucket(Bucket.Purchased);

        var outcomes = await AtOnce.RunAsync(N, _ => app.WithScopeAsync("okawa", async sp =>
        {
            var city = sp.GetRequiredService<TenantContext>().Required;
            return await sp.GetRequiredService<ChargeDesk>().ChargeAsync(city, resident, 30_000, premium,
                ChargeChannel.Counter, "race", Guid.NewGuid().ToString("N"), CancellationToken.None);
        }));

        var fits = (int)(limit / 30_000);
        Assert.Equal(fits, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains("今月のチャージ上限", o.Error));
        var completed = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().Charges
            .Where(c => c.ResidentId == resident && c.Status == ChargeStatus.Completed).SumAsync(c => c.AmountYen));
        Assert.True(completed <= limit, $"charged {completed} over the limit {limit}");
        Assert.Equal(fits * 30_000L, completed);
        Assert.Equal(purchasedBefore + completed, (await app.WalletAsync("okawa", resident)).InBucket(Bucket.Purchased));
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Eight_cash_refunds_at_once_pay_the_purchased_balance_out_once(bool sameForm)
    {
        var (resident, email) = await FreshResidentAsync();
        await app.ChargeAtCounterAsync("okawa", resident, 4_000);
        Assert.Equal(4_000, (await app.WalletAsync("okawa", resident)).InBucket(Bucket.Purchased));
        var sinkBefore = await CashRefundSinkAsync();
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "treasurer");
        const string refunds = "/okawa/staff/wallet/refunds";
        Assert.Equal(HttpStatusCode.Redirect, (await pages.SubmitAsync(refunds, new Dictionary<string, string> { ["enable"] = "true" }, refunds + "?handler=Switch")).Status);
        var token = (await pages.GetAsync(refunds)).AntiforgeryToken();
        var formKey = Guid.NewGuid().ToString("N");

        // One form sent eight times (one request key), or eight forms (eight keys): one payout either way.
        var posted = await AtOnce.RunAsync(N, _ => pages.PostAsync(refunds + "?handler=Refund", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Reason"] = nameof(CashRefundReason.MovedAway),
            ["RequestKey"] = sameForm ? formKey : Guid.NewGuid().ToString("N"),
        }));

        Assert.All(posted, p => Assert.True(p.Status is HttpStatusCode.Redirect or HttpStatusCode.OK, p.Status + p.Html));
        if (sameForm)
        {
            // Every copy of the one form shows the one refund's result.
            Assert.All(posted, p => Assert.Equal(HttpStatusCode.Redirect, p.Status));
            Assert.Single(posted.Select(p => p.Location).Distinct());
        }
        else
        {
            Assert.Single(posted, p => p.Status == HttpStatusCode.Redirect);
            Assert.All(posted.Where(p => p.Status == HttpStatusCode.OK), p => Assert.Matches("払い戻せるチャージ残高がありません|残高が変わったため", p.Text));
        }

        Assert.Equal(sinkBefore + 4_000, await CashRefundSinkAsync());
        Assert.Equal(0, (await app.WalletAsync("okawa", resident)).InBucket(Bucket.Purchased));
        var completed = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().CashRefunds
            .Where(r => r.ResidentId == resident && r.Status == CashRefundStatus.Completed).Select(r => r.AmountYen).ToListAsync());
        Assert.Equal([4_000L], completed);
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task Eight_shop_applications_sent_at_once_make_one_shop()
    {
        var (owner, email) = await FreshResidentAsync();
        Assert.True(await app.WithScopeAsync("okawa", async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByIdAsync(owner.ToString());
            return (await users.AddToRoleAsync(user!, Roles.Merchant)).Succeeded;
        }));
        var pages = app.Pages();
        Assert.Equal(HttpStatusCode.Redirect, (await pages.SubmitAsync("/okawa/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "correct-horse-42" })).Status);
        var token = (await pages.GetAsync("/okawa/shop/apply")).AntiforgeryToken();
        var name = "同時申請商店" + Guid.NewGuid().ToString("N")[..6];

        var posted = await AtOnce.RunAsync(N, _ => pages.PostAsync("/okawa/shop/apply", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = name, ["Input.Address"] = "大川市港町1-2", ["Input.Category"] = "小売", ["Input.Class"] = nameof(MachiDx.Wallet.Merchants.MerchantClass.Small),
            ["Input.BankCode"] = "0177", ["Input.BranchCode"] = "123", ["Input.AccountType"] = "Ordinary", ["Input.AccountNumber"] = "7654321", ["Input.AccountHolderKana"] = "ﾄﾞｳｼﾞｼﾝｾｲ",
        }));

        Assert.All(posted, p => Assert.True(p.Status == HttpStatusCode.Redirect && p.Location == "/okawa/shop", $"{(int)p.Status} {p.Location}\n{p.Text}"));
        var shops = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().Merchants.AsNoTracking().Where(m => m.OwnerId == owner).Select(m => new { m.Name, m.ShopCode }).ToListAsync());
        Assert.Equal(name, Assert.Single(shops).Name);
        Assert.Equal(1, await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().AuditEntries.CountAsync(e => e.Action == "wallet.merchant.apply" && e.TargetId == shops[0].ShopCode)));
    }

    [Fact]
    public async Task Eight_clicks_on_the_cash_refund_switch_at_once_change_and_audit_it_once()
    {
        var pages = app.Pages();
        await pages.LoginAsync("okawa", "treasurer");
        const string refunds = "/okawa/staff/wallet/refunds";
        Assert.Equal(HttpStatusCode.Redirect, (await pages.SubmitAsync(refunds, new Dictionary<string, string> { ["enable"] = "false" }, refunds + "?handler=Switch")).Status);
        var before = await SwitchAuditAsync();
        var token = (await pages.GetAsync(refunds)).AntiforgeryToken();

        var posted = await AtOnce.RunAsync(N, _ => pages.PostAsync(refunds + "?handler=Switch", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["enable"] = "true",
        }));

        Assert.All(posted, p => Assert.True(p.Status is HttpStatusCode.Redirect or HttpStatusCode.Conflict, p.Status + p.Text));
        var after = await SwitchAuditAsync();
        Assert.Equal(before.Enable + 1, after.Enable);
        Assert.Equal(before.Disable, after.Disable);
        Assert.True(await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().CashRefundSwitches.Select(s => s.Enabled).SingleAsync()));

        // Asking again for what is already so is not a change either.
        Assert.Equal(HttpStatusCode.Redirect, (await pages.SubmitAsync(refunds, new Dictionary<string, string> { ["enable"] = "true" }, refunds + "?handler=Switch")).Status);
        Assert.Equal(after, await SwitchAuditAsync());
    }

    private Task<(int Enable, int Disable)> SwitchAuditAsync() =>
        app.WithScopeAsync("okawa", async sp =>
        {
            var audit = sp.GetRequiredService<WalletDbContext>().AuditEntries.Where(e => e.TargetType == "cash-refund-switch");
            return (await audit.CountAsync(e => e.Action == "wallet.cash-refund.enable"), await audit.CountAsync(e => e.Action == "wallet.cash-refund.disable"));
        });

    [Fact]
    public async Task Eight_charges_at_once_never_pay_more_premium_than_the_campaign_budget()
    {
        // Held by the ledger: the budget account may not be debited beyond its credits, and the premium leg is linked
        // to the purchased one, so a charge whose premium no longer fits fails whole.
        var (resident, _) = await FreshResidentAsync();
        const long budget = 1_000;
        var (campaignId, premium) = await app.WithScopeAsync("okawa", async sp =>
        {
            var city = sp.GetRequiredService<TenantContext>().Required;
            var now = app.Clock.UtcNow;
            // Starts before every other campaign, so that it is the one charges get.
            var campaign = await sp.GetRequiredService<CampaignDesk>().CreateAsync(city, "競合テスト", now.AddYears(-3), now.AddDays(1), 10, 0, budget, CancellationToken.None);
            var preview = await sp.GetRequiredService<ChargeDesk>().PreviewAsync(city, resident, 5_000, CancellationToken.None);
            Assert.Equal(campaign.Id, preview.Campaign?.Id);
            return (campaign.Id, preview.PremiumYen);
        });
        Assert.True(premium is > 0 and <= budget);

        var outcomes = await AtOnce.RunAsync(N, _ => app.WithScopeAsync("okawa", async sp =>
            await sp.GetRequiredService<ChargeDesk>().ChargeAsync(sp.GetRequiredService<TenantContext>().Required,
                resident, 5_000, premium, ChargeChannel.Counter, "race", Guid.NewGuid().ToString("N"), CancellationToken.None)));

        var fits = (int)(budget / premium);
        Assert.Equal(fits, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains("予算", o.Error));
        var wallet = await app.WalletAsync("okawa", resident);
        Assert.Equal(fits * premium, wallet.InBucket(Bucket.Premium));
        Assert.Equal(fits * 5_000L, wallet.InBucket(Bucket.Purchased));
        var left = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ChargeDesk>().BudgetLeftAsync(sp.GetRequiredService<TenantContext>().Required.Id, campaignId, CancellationToken.None));
        // Closed, so that the other scenarios' charges get the demo campaign again.
        await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().Campaigns.Where(c => c.Id == campaignId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.ClosedAtUtc, app.Clock.UtcNow)));
        Assert.Equal(budget - (fits * premium), left);
        // Failed charges gave their monthly reservation back.
        Assert.Equal(fits * 5_000L, await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().ChargeUsage
            .Where(u => u.ResidentId == resident).Select(u => u.ChargedYen).SingleAsync()));
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task Eight_payout_runs_created_at_once_reserve_each_shops_sales_once()
    {
        // Held by the ledger: a run reserves a shop's available sales as pending transfers, and a shop's account may
        // not be debited beyond its credits (pending included), so a second run finds nothing left to reserve.
        var (resident, email) = await FreshResidentAsync();
        await app.ChargeAtCounterAsync("okawa", resident, 2_000);
        await PayAsync(email, 777);
        var available = await app.WithScopeAsync("okawa", async sp =>
        {
            var id = sp.GetRequiredService<TenantContext>().Required.Id;
            var shops = await sp.GetRequiredService<WalletDbContext>().Merchants.Where(m => m.Status == MachiDx.Wallet.Merchants.MerchantStatus.Approved).Select(m => m.Id).ToListAsync();
            var balances = await sp.GetRequiredService<ILedger>().GetBalancesAsync(WalletLedgerIds.Ledger(id), shops.Select(s => WalletLedgerIds.Merchant(id, s)).ToArray());
            return shops.Select((s, i) => (s, balances[i]?.Balance.Available ?? 0)).Where(x => x.Item2 > 0).ToDictionary(x => x.s, x => x.Item2);
        });
        Assert.True(available.Values.Sum() >= 777);

        var runs = await AtOnce.RunAsync(N, _ => app.WithScopeAsync("okawa", sp =>
            sp.GetRequiredService<MachiDx.Wallet.Payouts.PayoutDesk>().CreateRunAsync(app.Clock.Today.AddDays(3), "race", (_, _) => Task.CompletedTask, CancellationToken.None)));

        var ids = runs.Select(r => r.Id).ToList();
        var lines = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().PayoutLines.Where(l => ids.Contains(l.RunId)).ToListAsync());
        Assert.Equal(available, lines.GroupBy(l => l.MerchantId).ToDictionary(g => g.Key, g => g.Sum(l => l.GrossYen)));
        Assert.All(lines.GroupBy(l => l.MerchantId), g => Assert.Single(g));
        Assert.All(lines, l => Assert.Equal(l.GrossYen, l.NetYen + l.FeeYen));
        await app.AssertLedgerConsistentAsync("okawa");
    }

    [Fact]
    public async Task Eight_nodes_running_the_payout_cycle_at_once_make_one_run_with_every_shops_sales()
    {
        // Held by the (city, cycle start) claim: without it, two nodes could each reserve some shops and split the
        // cycle into two runs (the ledger keeps each shop's money to one run, not the cycle to one run).
        var (resident, email) = await FreshResidentAsync();
        await app.ChargeAtCounterAsync("okawa", resident, 3_000);
        var shops = new List<Merchant>();
        for (var i = 0; i < 3; i++)
        {
            shops.Add(await app.WithScopeAsync("okawa", async sp =>
            {
                var desk = sp.GetRequiredService<MerchantDesk>();
                var shop = await desk.ApplyAsync(Guid.NewGuid(), new MerchantApplication("換金サイクル商店" + i, "大川市1-1", "小売", MerchantClass.Small, "0177", "123",
                    BankAccountType.Ordinary, "7654321", "ﾃｽﾄ"), CancellationToken.None);
                await desk.ReviewAsync(shop, MerchantStatus.Approved, null, CancellationToken.None);
                return shop;
            }));
            await PayAsync(email, 300 + i, shops[^1].ShopCode);
        }

        var wednesday = new DateTime(2027, 3, 10, 1, 0, 0, DateTimeKind.Utc);
        var runs = await AtOnce.RunAsync(N, _ => app.WithScopeAsync("okawa", sp =>
            sp.GetRequiredService<MachiDx.Wallet.Payouts.PayoutDesk>().CreateDueRunAsync(wednesday, CancellationToken.None)));

        var run = Assert.Single(runs, r => r is not null)!;
        var lines = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().PayoutLines.Where(l => l.RunId == run.Id).ToDictionaryAsync(l => l.MerchantId, l => l.GrossYen));
        Assert.Equal([300L, 301L, 302L], shops.Select(s => lines.GetValueOrDefault(s.Id)));
        Assert.Equal(1, await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().PayoutCycleClaims.CountAsync(c => c.CycleStart == new DateOnly(2027, 3, 8))));
        await app.AssertLedgerConsistentAsync("okawa");
    }

    private async Task<string> PayAsync(string email, long amount, string shopCode = "OKASHOP1")
    {
        var api = await app.Api().SignInAsync("okawa", email, "correct-horse-42");
        using var response = await api.PostAsync("/api/v1/okawa/wallet/payments", new { shopCode, amountYen = amount, idempotencyKey = Guid.NewGuid().ToString() });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paymentId").GetString()!;
    }

    private Task<RefundOutcome> RefundAsync(string payment, long amount, Guid key) =>
        app.WithScopeAsync("okawa", async sp =>
        {
            var shop = await sp.GetRequiredService<WalletDbContext>().Merchants.AsNoTracking().SingleAsync(m => m.ShopCode == "OKASHOP1");
            return await sp.GetRequiredService<RefundDesk>().RefundAsync(shop, payment, amount, "返品", key, CancellationToken.None);
        });

    private async Task<long> RefundedAsync(string payment)
    {
        var (records, row) = await app.WithScopeAsync("okawa", async sp =>
        {
            var db = sp.GetRequiredService<WalletDbContext>();
            return (await db.Refunds.Where(r => r.PaymentId == payment).SumAsync(r => r.AmountYen),
                await db.RefundTotals.Where(t => t.PaymentId == payment).Select(t => t.RefundedYen).SingleAsync());
        });
        Assert.Equal(records, row);
        return records;
    }

    private async Task<Dictionary<UInt128, long>> LotYenAsync(Guid resident) =>
        (await app.WalletAsync("okawa", resident)).Lots.ToDictionary(l => l.Lot.AccountId, l => l.RemainingYen);

    private async Task<(Guid Id, string Email)> FreshResidentAsync()
    {
        var email = Residents.UniqueEmail("race");
        using var created = await app.Api().Http.PostAsJsonAsync("/api/v1/okawa/auth/register", Residents.RegistrationBody(email));
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = await app.WithScopeAsync("okawa", async sp => (await sp.GetRequiredService<PeopleDirectory>().ResidentByEmailAsync(email, CancellationToken.None))!.UserId);
        return (id, email);
    }

    private Task<long> CashRefundSinkAsync() =>
        app.WithScopeAsync("okawa", async sp =>
        {
            var id = sp.GetRequiredService<TenantContext>().Required.Id;
            var balances = await sp.GetRequiredService<ILedger>().GetBalancesAsync(WalletLedgerIds.Ledger(id), new[] { WalletLedgerIds.SystemAccount(id, AccountKind.CashRefund) });
            return balances[0]!.Value.Balance.CreditBalance;
        });
}

public sealed class WalletRacesOnSqlite(SqliteApp app) : WalletRaceScenarios<SqliteApp>(app);

public sealed class WalletRacesOnPostgres(PostgresApp app) : WalletRaceScenarios<PostgresApp>(app);
