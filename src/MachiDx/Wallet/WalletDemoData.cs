using MachiDx.Ledger;
using MachiDx.Platform.Demo;
using MachiDx.Platform.People;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Cards;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Contracts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet;

/// <summary>
/// Demo currency per city: settings, a funded reward budget, an open premium campaign, an approved shop run by
/// merchant@…, and resident@… with a counter charge and a QRカード (activity points come from the Activities demo) (PIN 1234).
/// </summary>
internal sealed class WalletDemoData : IDemoDataContributor
{
    public const string DemoPin = "1234";

    public int Order => 200;

    public static string ShopCode(string cityCode) => cityCode[..3].ToUpperInvariant() + "SHOP1";

    public static string CardNumber(int municipalityId) => "91000000000000" + municipalityId.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public async Task SeedAsync(MunicipalityInfo municipality, IServiceProvider services, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var db = services.GetRequiredService<WalletDbContext>();
        await services.GetRequiredService<WalletBook>().EnsureCityAsync(municipality.Id, ct);
        await services.GetRequiredService<WalletDirectory>().SettingsAsync(municipality, ct);
        if (await db.Merchants.AnyAsync(ct))
        {
            return;
        }

        var time = services.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow().UtcDateTime;
        var campaigns = services.GetRequiredService<CampaignDesk>();
        await campaigns.FundAsync(municipality.Id, WalletLedgerIds.SystemAccount(municipality.Id, AccountKind.RewardBudget), 5_000_000, "demo/reward-budget", ct);
        await campaigns.CreateAsync(municipality, "年末年始プレミアムキャンペーン", now.AddDays(-7), now.AddDays(60), 10, 5_000, 3_000_000, ct);

        var people = services.GetRequiredService<PeopleDirectory>();
        if (await people.AccountByEmailAsync(DemoDataSeeder.EmailFor("merchant", municipality.Code), ct) is { } owner)
        {
            var desk = services.GetRequiredService<MerchantDesk>();
            var shop = await desk.ApplyAsync(owner.Id, new MerchantApplication(
                owner.DisplayName, $"福岡県{municipality.Name}中央1-1", "小売", MerchantClass.Small,
                "0177", "001", BankAccountType.Ordinary, "1234567", "ﾃﾞﾓｼﾖｳﾃﾝ"), ct);
            shop.ShopCode = ShopCode(municipality.Code);
            await db.SaveChangesAsync(ct);
            await desk.ReviewAsync(shop, MerchantStatus.Approved, "デモ加盟店", ct);
        }

        if (await people.AccountByEmailAsync(DemoDataSeeder.EmailFor("resident", municipality.Code), ct) is { } resident)
        {
            var charge = services.GetRequiredService<ChargeDesk>();
            var preview = await charge.PreviewAsync(municipality, resident.Id, 10_000, ct);
            await charge.ChargeAsync(municipality, resident.Id, 10_000, preview.PremiumYen, ChargeChannel.Counter, "デモ窓口", "demo/charge/1", ct);
            var card = new QrCard
            {
                Id = LedgerIds.ToGuid(LedgerIds.FromParts("demo-card", municipality.Code)),
                MunicipalityId = municipality.Id,
                ResidentId = resident.Id,
                CardNumber = CardNumber(municipality.Id),
                PinHash = "",
                IssuedAtUtc = now,
            };
            card.PinHash = new PasswordHasher<QrCard>().HashPassword(card, DemoPin);
            db.Cards.Add(card);
            await db.SaveChangesAsync(ct);
        }
    }
}
