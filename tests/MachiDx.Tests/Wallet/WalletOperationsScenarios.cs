using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Ledger;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using MachiDx.Tests.Wallet.Zengin;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Contracts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Expiry;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Wallet;

/// <summary>The city's side: payouts and the 全銀 file, expiry, campaign budgets under load, rewards, staff pages.</summary>
public abstract class WalletOperationsScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task A_payout_run_reserves_sales_writes_a_valid_zengin_file_and_posts_on_confirmation()
    {
        var shop = await ShopAsync("miyama", "MIYSHOP1");
        var api = await app.Api().SignInAsync("miyama", "resident");
        using (var paid = await api.PostAsync("/api/v1/miyama/wallet/payments", new { shopCode = "MIYSHOP1", amountYen = 2_345, idempotencyKey = Guid.NewGuid().ToString() }))
        {
            await paid.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        var gross = await app.MerchantBalanceAsync("miyama", shop.Id);
        Assert.True(gross >= 2_345);
        var run = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<PayoutDesk>().CreateRunAsync(
            app.Clock.Today.AddDays(3), "テスト会計", (_, _) => Task.CompletedTask, CancellationToken.None));
        var fee = (long)Math.Floor(gross * 1.5m / 100m);
        Assert.Equal(1, run.Count);
        Assert.Equal(gross, run.GrossYen);
        Assert.Equal(fee, run.FeeYen);
        Assert.Equal(gross - fee, run.NetYen);
        var (available, pending) = await ShopBalanceAsync("miyama", shop.Id);
        Assert.Equal((0, gross), (available, pending));

        var treasurer = app.Pages();
        await treasurer.LoginAsync("miyama", "treasurer");
        var page = await treasurer.GetAsync($"/miyama/staff/wallet/payouts/{run.Id}");
        Assert.Contains("確保済み", page.Text);
        using var file = await treasurer.Http.GetAsync($"/miyama/staff/wallet/payouts/{run.Id}?handler=File");
        await file.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var parsed = ZenginFileParser.Parse(await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("21", parsed.Header.TypeCode);
        Assert.Equal(1, parsed.TrailerCount);
        Assert.Equal(run.NetYen, parsed.TrailerTotal);
        var payee = Assert.Single(parsed.Payees);
        Assert.Equal((shop.BankCode, shop.BranchCode, "1234567", "ﾃﾞﾓｼﾖｳﾃﾝ", gross - fee), (payee.BankCode, payee.BranchCode, payee.AccountNumber, payee.HolderName, payee.Amount));

        var confirmed = await treasurer.PostAsync($"/miyama/staff/wallet/payouts/{run.Id}?handler=Confirm",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Equal((0L, 0L), await ShopBalanceAsync("miyama", shop.Id));
        Assert.Equal(gross - fee, await SystemCreditAsync("miyama", AccountKind.PayoutClearing));
        Assert.Equal(fee, await SystemCreditAsync("miyama", AccountKind.FeeIncome));
        var again = await treasurer.PostAsync($"/miyama/staff/wallet/payouts/{run.Id}?handler=Confirm",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() });
        Assert.Contains("すでに処理済み", again.Text);
        Assert.Equal(gross - fee, await SystemCreditAsync("miyama", AccountKind.PayoutClearing));

        var merchant = app.Pages();
        await merchant.LoginAsync("miyama", "merchant");
        Assert.Contains("振込完了", (await merchant.GetAsync("/miyama/shop")).Text);
        await app.AssertLedgerConsistentAsync("miyama");
    }

    [Fact]
    public async Task The_payout_cycle_creates_one_run_per_cycle_and_only_when_there_is_something_to_pay()
    {
        // Weekly (the default), on a Wednesday 10:00 JST: the run for this week, then nothing more until next Monday.
        var wednesday = new DateTime(2027, 1, 13, 1, 0, 0, DateTimeKind.Utc);
        var api = await app.Api().SignInAsync("yukuhashi", "resident");
        using (var paid = await api.PostAsync("/api/v1/yukuhashi/wallet/payments", new { shopCode = "YUKSHOP1", amountYen = 500, idempotencyKey = Guid.NewGuid().ToString() }))
        {
            await paid.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        var first = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<PayoutDesk>().CreateDueRunAsync(wednesday, CancellationToken.None));
        Assert.NotNull(first);
        Assert.Equal("自動（換金サイクル）", first.CreatedBy);
        var again = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<PayoutDesk>().CreateDueRunAsync(wednesday.AddHours(1), CancellationToken.None));
        Assert.Null(again);
        var saturday = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<PayoutDesk>().CreateDueRunAsync(wednesday.AddDays(3), CancellationToken.None));
        Assert.Null(saturday);
        await app.WithScopeAsync("yukuhashi", async sp =>
        {
            var db = sp.GetRequiredService<WalletDbContext>();
            return await sp.GetRequiredService<PayoutDesk>().RejectAsync(await db.PayoutRuns.SingleAsync(r => r.Id == first.Id), "テスト", CancellationToken.None);
        });
    }

    [Fact]
    public async Task A_rejected_payout_gives_the_sales_back_to_the_shop()
    {
        var shop = await ShopAsync("yukuhashi", "YUKSHOP1");
        var api = await app.Api().SignInAsync("yukuhashi", "resident2");
        var resident = await app.UserIdAsync("yukuhashi", "resident2");
        await app.ChargeAtCounterAsync("yukuhashi", resident, 2_000);
        using (var paid = await api.PostAsync("/api/v1/yukuhashi/wallet/payments", new { shopCode = "YUKSHOP1", amountYen = 1_000, idempotencyKey = Guid.NewGuid().ToString() }))
        {
            await paid.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        var before = await ShopBalanceAsync("yukuhashi", shop.Id);
        var run = await app.WithScopeAsync("yukuhashi", sp => sp.GetRequiredService<PayoutDesk>().CreateRunAsync(
            app.Clock.Today.AddDays(3), "テスト会計", (_, _) => Task.CompletedTask, CancellationToken.None));
        Assert.Equal(0, (await ShopBalanceAsync("yukuhashi", shop.Id)).Available);
        var error = await app.WithScopeAsync("yukuhashi", async sp =>
        {
            var db = sp.GetRequiredService<WalletDbContext>();
            return await sp.GetRequiredService<PayoutDesk>().RejectAsync(await db.PayoutRuns.SingleAsync(r => r.Id == run.Id), "テスト会計", CancellationToken.None);
        });
        Assert.Null(error);
        Assert.Equal(before, await ShopBalanceAsync("yukuhashi", shop.Id));
        await app.AssertLedgerConsistentAsync("yukuhashi");
    }

    [Fact]
    public async Task Expiry_moves_what_is_left_in_an_expired_lot_exactly_once_and_warns_before()
    {
        var resident = await app.UserIdAsync("okawa", "jumin003");
        var key = "test/expiry/" + Guid.NewGuid();
        await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<IWalletRewards>().GrantPointsAsync(resident, 300, key, "テストのポイント", CancellationToken.None));
        var soonKey = "test/expiry-soon/" + Guid.NewGuid();
        await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<IWalletRewards>().GrantPointsAsync(resident, 120, soonKey, "もうすぐ期限のポイント", CancellationToken.None));
        await app.WithScopeAsync("okawa", async sp =>
        {
            var db = sp.GetRequiredService<WalletDbContext>();
            (await db.Lots.SingleAsync(l => l.SourceReference == key)).ExpiresAtUtc = app.Clock.UtcNow.AddHours(-1);
            (await db.Lots.SingleAsync(l => l.SourceReference == soonKey)).ExpiresAtUtc = app.Clock.UtcNow.AddDays(5);
            await db.SaveChangesAsync();
            sp.GetRequiredService<WalletDirectory>().InvalidateLots(1, resident);
            return 0;
        });
        var expiredBefore = await SystemCreditAsync("okawa", AccountKind.ExpiredValue);
        var totalBefore = (await app.WalletAsync("okawa", resident)).Total; // the expired lot no longer counts

        var first = await RunExpiryAsync("okawa");
        Assert.True(first.LotsSwept >= 1);
        Assert.Equal(expiredBefore + 300, await SystemCreditAsync("okawa", AccountKind.ExpiredValue));
        var second = await RunExpiryAsync("okawa");
        Assert.Equal(0, second.LotsSwept);
        Assert.Equal(expiredBefore + 300, await SystemCreditAsync("okawa", AccountKind.ExpiredValue));
        Assert.Equal(totalBefore, (await app.WalletAsync("okawa", resident)).Total);

        var pages = app.Pages();
        await pages.LoginAsync("okawa", "jumin003");
        var home = await pages.GetAsync("/okawa/wallet");
        Assert.Contains("7日以内に有効期限を迎えます", home.Text);
        Assert.Contains("有効期限切れ（テストのポイント）", home.Text);
        await app.AssertLedgerConsistentAsync("okawa");

        // The notice is also e-mailed, once, through the outbox.
        for (var i = 0; i < 2; i++)
        {
            await app.WithScopeAsync(null, sp => sp.GetRequiredService<MachiDx.Platform.Outbox.OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
        }

        var mails = Directory.GetFiles(app.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == "jumin003@okawa.example.jp") && (m.Subject ?? "").Contains("有効期限のお知らせ", StringComparison.Ordinal)).ToList();
        var mail = Assert.Single(mails);
        Assert.Contains("7日以内に有効期限を迎えます", mail.TextBody ?? "");
    }

    [Fact]
    public async Task A_reward_delivered_twice_grants_once()
    {
        var resident = await app.UserIdAsync("okawa", "jumin002");
        var key = "test/reward/" + Guid.NewGuid();
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var first = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<IWalletRewards>().GrantPointsAsync(resident, 150, key, "オンライン申請", CancellationToken.None));
        var second = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<IWalletRewards>().GrantPointsAsync(resident, 150, key, "オンライン申請", CancellationToken.None));
        Assert.Equal((RewardGrantStatus.Granted, RewardGrantStatus.AlreadyGranted), (first, second));
        Assert.Equal(before + 150, (await app.WalletAsync("okawa", resident)).Total);
    }

    [Fact]
    public async Task Concurrent_charges_never_spend_more_than_the_campaign_budget_and_a_closed_campaign_is_a_clear_error()
    {
        const string city = "yukuhashi";
        var campaign = await app.WithScopeAsync(city, async sp =>
        {
            var db = sp.GetRequiredService<WalletDbContext>();
            foreach (var c in await db.Campaigns.ToListAsync())
            {
                c.ClosedAtUtc = app.Clock.UtcNow;
            }

            await db.SaveChangesAsync();
            return await sp.GetRequiredService<CampaignDesk>().CreateAsync(sp.GetRequiredService<TenantContext>().Required, "小さな予算",
                app.Clock.UtcNow.AddMinutes(-1), app.Clock.UtcNow.AddDays(1), 10, 0, 1_000, CancellationToken.None);
        });
        var locals = new[] { "jumin001", "jumin002", "jumin003", "jumin004", "jumin005", "resident" };
        var residents = await Task.WhenAll(locals.Select(l => app.UserIdAsync(city, l)));
        var before = await Task.WhenAll(residents.Select(r => app.WalletAsync(city, r)));

        var outcomes = await Task.WhenAll(residents.SelectMany(r => Enumerable.Range(0, 3).Select(_ => (Resident: r, Task: ChargeAsync(city, r, 1_000))))
            .Select(async x => (x.Resident, Outcome: await x.Task)));

        var left = await app.WithScopeAsync(city, sp => sp.GetRequiredService<ChargeDesk>().BudgetLeftAsync(2, campaign.Id, CancellationToken.None));
        Assert.True(left >= 0);
        var completed = outcomes.Where(o => o.Outcome?.Succeeded == true).Select(o => o.Outcome!.Charge!).ToList();
        Assert.Equal(1_000 - left, completed.Sum(c => c.PremiumYen));
        Assert.True(completed.Sum(c => c.PremiumYen) <= 1_000);
        for (var i = 0; i < residents.Length; i++)
        {
            var mine = completed.Where(c => c.ResidentId == residents[i]).Sum(c => c.AmountYen + c.PremiumYen);
            Assert.Equal(before[i].Total + mine, (await app.WalletAsync(city, residents[i])).Total);
        }

        // The budget is spent (or nearly): a charge confirmed with the old premium is refused and moves nothing.
        await app.WithScopeAsync(city, async sp =>
        {
            var db = sp.GetRequiredService<WalletDbContext>();
            (await db.Campaigns.SingleAsync(c => c.Id == campaign.Id)).ClosedAtUtc = app.Clock.UtcNow;
            await db.SaveChangesAsync();
            return 0;
        });
        var stale = await app.WithScopeAsync(city, sp => sp.GetRequiredService<ChargeDesk>().ChargeAsync(
            sp.GetRequiredService<TenantContext>().Required, residents[0], 1_000, 100, ChargeChannel.Counter, "test", Guid.NewGuid().ToString("N"), CancellationToken.None));
        Assert.False(stale.Succeeded);
        Assert.Contains("プレミアムの条件が変わりました", stale.Error);
        await app.AssertLedgerConsistentAsync(city);
    }

    [Fact]
    public async Task Counter_staff_find_a_resident_charge_cash_and_issue_a_qr_card()
    {
        var resident = await app.UserIdAsync("okawa", "jumin005");
        var before = (await app.WalletAsync("okawa", resident)).Total;
        var staff = app.Pages();
        await staff.LoginAsync("okawa", "staff");
        var found = await staff.GetAsync("/okawa/staff/wallet/counter?Find=jumin005@okawa.example.jp");
        Assert.Contains("残高", found.Text);
        var preview = await staff.PostAsync("/okawa/staff/wallet/counter?handler=Preview", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = found.AntiforgeryToken(), ["ResidentId"] = resident.ToString(), ["Input.AmountYen"] = "2000",
        });
        Assert.Contains("現金を受け取りました", preview.Text);
        var charged = await staff.PostAsync("/okawa/staff/wallet/counter?handler=Charge", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = preview.AntiforgeryToken(), ["ResidentId"] = resident.ToString(), ["Input.AmountYen"] = "2000",
            ["ExpectedPremium"] = preview.Hidden("ExpectedPremium"), ["RequestKey"] = preview.Hidden("RequestKey"),
        });
        Assert.Contains("チャージしました", charged.Text);
        var premium = long.Parse(preview.Hidden("ExpectedPremium"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(before + 2_000 + premium, (await app.WalletAsync("okawa", resident)).Total);

        var issued = await staff.PostAsync("/okawa/staff/wallet/counter?handler=IssueCard", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = charged.AntiforgeryToken(), ["ResidentId"] = resident.ToString(),
        });
        Assert.Contains("暗証番号はこの画面でしか表示されません", issued.Text);
        var number = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<WalletDbContext>().Cards
            .Where(c => c.ResidentId == resident && c.Status == MachiDx.Wallet.Cards.QrCardStatus.Active).Select(c => c.CardNumber).SingleAsync());
        var byCard = await staff.GetAsync($"/okawa/staff/wallet/counter?Find={number}");
        Assert.Contains("残高", byCard.Text);
        var nobody = await staff.GetAsync("/okawa/staff/wallet/counter?Find=resident@yukuhashi.example.jp");
        Assert.Contains("該当する住民が見つかりません", nobody.Text);
    }

    [Fact]
    public async Task A_new_shop_is_approved_by_the_treasurer_and_then_accepts_payments()
    {
        var owner = Guid.NewGuid();
        var shop = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<MerchantDesk>().ApplyAsync(owner,
            new MerchantApplication("みなと食堂", "大川市港町1-2", "飲食", MerchantClass.Small, "0177", "123", BankAccountType.Ordinary, "7654321", "ﾐﾅﾄｼﾖｸﾄﾞｳ"), CancellationToken.None));
        var api = await app.Api().SignInAsync("okawa", "resident");
        using (var early = await api.PostAsync("/api/v1/okawa/wallet/payments", new { shopCode = shop.ShopCode, amountYen = 100, idempotencyKey = Guid.NewGuid().ToString() }))
        {
            var problem = await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Contains("受け付けていません", problem.GetProperty("title").GetString());
        }

        var treasurer = app.Pages();
        await treasurer.LoginAsync("okawa", "treasurer");
        var list = await treasurer.GetAsync("/okawa/staff/wallet/merchants");
        Assert.Contains("みなと食堂", list.Text);
        var rejectWithoutReason = await treasurer.PostAsync("/okawa/staff/wallet/merchants", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = list.AntiforgeryToken(), ["MerchantId"] = shop.Id.ToString(), ["Decision"] = "Rejected", ["Note"] = "",
        });
        Assert.Contains("不承認の理由を入力してください", rejectWithoutReason.Text);
        var approved = await treasurer.PostAsync("/okawa/staff/wallet/merchants", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = list.AntiforgeryToken(), ["MerchantId"] = shop.Id.ToString(), ["Decision"] = "Approved", ["Note"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        using var paid = await api.PostAsync("/api/v1/okawa/wallet/payments", new { shopCode = shop.ShopCode, amountYen = 100, idempotencyKey = Guid.NewGuid().ToString() });
        await paid.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("resident", "/okawa/staff/wallet", HttpStatusCode.Forbidden)]
    [InlineData("merchant", "/okawa/staff/wallet/counter", HttpStatusCode.Forbidden)]
    [InlineData("staff", "/okawa/staff/wallet/payouts", HttpStatusCode.Forbidden)]
    [InlineData("staff", "/okawa/staff/wallet/merchants", HttpStatusCode.Forbidden)]
    [InlineData("staff", "/okawa/staff/wallet", HttpStatusCode.OK)]
    [InlineData("treasurer", "/okawa/staff/wallet/payouts", HttpStatusCode.OK)]
    [InlineData("treasurer", "/okawa/staff/wallet/campaigns", HttpStatusCode.OK)]
    [InlineData("treasurer", "/okawa/staff/wallet/expiry", HttpStatusCode.OK)]
    [InlineData("resident", "/okawa/shop", HttpStatusCode.Forbidden)]
    public async Task Each_wallet_page_is_for_its_role_only(string local, string path, HttpStatusCode expected)
    {
        var pages = app.Pages();
        await pages.LoginAsync("okawa", local);
        Assert.Equal(expected, (await pages.GetAsync(path)).Status);
    }

    [Fact]
    public async Task Another_citys_treasurer_cannot_open_this_citys_wallet_pages()
    {
        var pages = app.Pages();
        await pages.LoginAsync("yukuhashi", "treasurer");
        foreach (var path in new[] { "/okawa/staff/wallet/payouts", "/okawa/staff/wallet/counter?Find=resident@okawa.example.jp", "/okawa/wallet" })
        {
            var page = await pages.GetAsync(path);
            Assert.NotEqual(HttpStatusCode.OK, page.Status);
        }
    }

    [Fact]
    public async Task The_treasurer_changes_the_charge_limits_with_field_level_checks_and_they_apply_at_once()
    {
        var treasurer = app.Pages();
        await treasurer.LoginAsync("miyama", "treasurer");
        var form = await treasurer.GetAsync("/miyama/staff/wallet/settings");
        var fields = new Dictionary<string, string>
        {
            ["Input.CurrencyName"] = "みやまコイン", ["Input.IssuerMode"] = "CityIssued", ["Input.IssuerName"] = "みやま市", ["Input.ConsultationDesk"] = "みやま市役所 商工観光課",
            ["Input.MinChargeYen"] = "5000", ["Input.MaxChargeYen"] = "3000", ["Input.MonthlyChargeLimitYen"] = "100000", ["Input.BalanceCapYen"] = "300000",
            ["Input.PurchasedValidityDays"] = "180", ["Input.PremiumValidityDays"] = "180", ["Input.PointsValidityDays"] = "180",
            ["Input.SpendingOrder"] = "Points,Premium,Purchased", ["Input.TierRates"] = "1000:5,300:2", ["Input.TierWindowDays"] = "180",
            ["Input.PayoutCycle"] = "Weekly", ["Input.CardPinMaxAttempts"] = "5", ["Input.PayoutRequesterCode"] = "1234567890",
            ["Input.PayoutRequesterNameKana"] = "ミヤマシ", ["Input.PayoutBankCode"] = "0177", ["Input.PayoutBankNameKana"] = "フクオカギンコウ",
            ["Input.PayoutBranchCode"] = "123", ["Input.PayoutBranchNameKana"] = "ミヤマシテン", ["Input.PayoutAccountNumber"] = "1234",
            ["__RequestVerificationToken"] = form.AntiforgeryToken(),
        };
        var bad = await treasurer.PostAsync("/miyama/staff/wallet/settings", fields);
        Assert.Contains("下限以上", bad.FieldError("Input_MaxChargeYen"));
        Assert.Contains("少ない順", bad.FieldError("Input_TierRates"));

        fields["Input.MaxChargeYen"] = "30000";
        fields["Input.TierRates"] = "300:2,1000:5";
        var saved = await treasurer.PostAsync("/miyama/staff/wallet/settings", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var settings = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<WalletDbContext>().Settings.AsNoTracking().SingleAsync());
        Assert.Equal(("ﾐﾔﾏｼ", "ﾌｸｵｶｷﾞﾝｺｳ", "0001234", 5_000L), (settings.PayoutRequesterNameKana, settings.PayoutBankNameKana, settings.PayoutAccountNumber, settings.MinChargeYen));

        var resident = await app.UserIdAsync("miyama", "jumin001");
        var preview = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<ChargeDesk>().PreviewAsync(
            sp.GetRequiredService<TenantContext>().Required, resident, 4_000, CancellationToken.None));
        Assert.Contains("5,000円から30,000円", Assert.Single(preview.Errors));
    }

    private async Task<ChargeOutcome?> ChargeAsync(string city, Guid resident, long amount)
    {
        try
        {
            return await app.WithScopeAsync(city, async sp =>
            {
                var tenant = sp.GetRequiredService<TenantContext>().Required;
                var desk = sp.GetRequiredService<ChargeDesk>();
                var preview = await desk.PreviewAsync(tenant, resident, amount, CancellationToken.None);
                return await desk.ChargeAsync(tenant, resident, amount, preview.PremiumYen, ChargeChannel.Counter, "test", Guid.NewGuid().ToString("N"), CancellationToken.None);
            });
        }
        catch (DbUpdateException)
        {
            return null; // a SQLite writer busy under this burst: nothing was recorded
        }
    }

    private Task<ExpiryResult> RunExpiryAsync(string city) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<ExpiryDesk>().RunAsync(app.Clock.UtcNow, (_, _) => Task.CompletedTask, CancellationToken.None));

    private Task<Merchant> ShopAsync(string city, string code) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<WalletDbContext>().Merchants.AsNoTracking().SingleAsync(m => m.ShopCode == code));

    private Task<(long Available, long Pending)> ShopBalanceAsync(string city, Guid merchantId) =>
        app.WithScopeAsync(city, async sp =>
        {
            var id = sp.GetRequiredService<TenantContext>().Required.Id;
            var b = (await sp.GetRequiredService<ILedger>().GetBalancesAsync(WalletLedgerIds.Ledger(id), new[] { WalletLedgerIds.Merchant(id, merchantId) }))[0]!.Value.Balance;
            return (b.Available, b.DebitsPending);
        });

    private Task<long> SystemCreditAsync(string city, AccountKind kind) =>
        app.WithScopeAsync(city, async sp =>
        {
            var id = sp.GetRequiredService<TenantContext>().Required.Id;
            var b = (await sp.GetRequiredService<ILedger>().GetBalancesAsync(WalletLedgerIds.Ledger(id), new[] { WalletLedgerIds.SystemAccount(id, kind) }))[0]!.Value.Balance;
            return b.CreditBalance;
        });
}

public sealed class WalletOperationsOnSqlite(SqliteApp app) : WalletOperationsScenarios<SqliteApp>(app);

public sealed class WalletOperationsOnPostgres(PostgresApp app) : WalletOperationsScenarios<PostgresApp>(app);
