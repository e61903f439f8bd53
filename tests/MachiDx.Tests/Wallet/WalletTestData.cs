using MachiDx.Ledger;
using MachiDx.Platform.Demo;
using MachiDx.Platform.People;
using MachiDx.Platform.Tenancy;
using MachiDx.Tests.Infrastructure;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Wallet;

/// <summary>Test helpers that act as the city counter would.</summary>
internal static class WalletTestData
{
    public static async Task<Guid> UserIdAsync(this MachiDxApp app, string city, string local) =>
        await app.WithScopeAsync(city, async sp =>
            (await sp.GetRequiredService<PeopleDirectory>().AccountByEmailAsync(DemoDataSeeder.EmailFor(local, city), CancellationToken.None))!.Value.Id);

    /// <summary>A counter charge of <paramref name="amount"/>; returns the premium granted with it.</summary>
    public static async Task<long> ChargeAtCounterAsync(this MachiDxApp app, string city, Guid residentId, long amount) =>
        await app.WithScopeAsync(city, async sp =>
        {
            var tenant = sp.GetRequiredService<TenantContext>().Required;
            var desk = sp.GetRequiredService<ChargeDesk>();
            var preview = await desk.PreviewAsync(tenant, residentId, amount, CancellationToken.None);
            var outcome = await desk.ChargeAsync(tenant, residentId, amount, preview.PremiumYen, ChargeChannel.Counter, "test", Guid.NewGuid().ToString("N"), CancellationToken.None);
            Assert.True(outcome.Succeeded, outcome.Error);
            return outcome.Charge!.PremiumYen;
        });

    public static async Task<WalletView> WalletAsync(this MachiDxApp app, string city, Guid residentId) =>
        await app.WithScopeAsync(city, async sp => await sp.GetRequiredService<WalletBook>().ViewAsync(
            sp.GetRequiredService<TenantContext>().Required, residentId, reload: true, CancellationToken.None));

    public static async Task<long> MerchantBalanceAsync(this MachiDxApp app, string city, Guid merchantId) =>
        await app.WithScopeAsync(city, async sp =>
        {
            var id = sp.GetRequiredService<TenantContext>().Required.Id;
            var balances = await sp.GetRequiredService<ILedger>().GetBalancesAsync(WalletLedgerIds.Ledger(id), new[] { WalletLedgerIds.Merchant(id, merchantId) });
            return balances[0]!.Value.Balance.CreditBalance;
        });

    public static async Task AssertLedgerConsistentAsync(this MachiDxApp app, string city) =>
        await app.WithScopeAsync(city, async sp =>
        {
            var id = sp.GetRequiredService<TenantContext>().Required.Id;
            var report = await sp.GetRequiredService<ILedger>().CheckInvariantsAsync(WalletLedgerIds.Ledger(id));
            Assert.True(report.IsValid, string.Join("; ", report.Violations));
            return 0;
        });
}
