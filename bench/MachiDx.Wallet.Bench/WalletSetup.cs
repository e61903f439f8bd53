using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Ledger;
using MachiDx.Platform.Demo;
using MachiDx.Platform.People;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Wallet.Bench;

/// <summary>A demo resident with a bearer token.</summary>
internal sealed record Resident(Guid Id, string Email, string Token);

/// <summary>
/// What the city counter and the residents' phones would do before paying: raise the city's limits for the bench,
/// charge each resident at the counter (ChargeDesk, as the tests do), sign each one in for a bearer token.
/// </summary>
internal sealed class WalletSetup(BenchHost host, string cityCode)
{
    public MunicipalityInfo City { get; private set; } = null!;

    public Guid ShopId { get; private set; }

    public string ShopCode { get; private set; } = "";

    public async Task<T> InCityAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(City);
        return await action(scope.ServiceProvider);
    }

    public async Task InitializeAsync(CancellationToken ct)
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            City = await scope.ServiceProvider.GetRequiredService<MunicipalityDirectory>().FindByCodeAsync(cityCode, ct)
                ?? throw new InvalidOperationException("Demo city " + cityCode + " is missing.");
        }

        ShopCode = cityCode[..3].ToUpperInvariant() + "SHOP1"; // WalletDemoData.ShopCode
        ShopId = await InCityAsync(async sp => (await sp.GetRequiredService<WalletDbContext>().Merchants.AsNoTracking()
            .SingleAsync(m => m.ShopCode == ShopCode, ct)).Id);

        // The bench moves far more money per resident than a real wallet may hold: raise this city's limits.
        await InCityAsync(async sp =>
        {
            var db = sp.GetRequiredService<WalletDbContext>();
            var settings = await db.Settings.SingleAsync(ct);
            settings.MaxChargeYen = 100_000_000;
            settings.MonthlyChargeLimitYen = 1_000_000_000_000;
            settings.BalanceCapYen = 1_000_000_000_000;
            await db.SaveChangesAsync(ct);
            sp.GetRequiredService<WalletDirectory>().InvalidateSettings(City.Id);
            return 0;
        });
    }

    /// <summary>Counter charges of <paramref name="amountYen"/> (plus the demo campaign's premium) for jumin001… .</summary>
    public async Task<IReadOnlyList<Guid>> FundAsync(int count, long amountYen, CancellationToken ct)
    {
        var ids = new Guid[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
        {
            ids[i] = await InCityAsync(async sp =>
            {
                var email = Email(i);
                var id = (await sp.GetRequiredService<PeopleDirectory>().AccountByEmailAsync(email, token))?.Id
                    ?? throw new InvalidOperationException($"Demo resident {email} is missing (Demo:ResidentsPerCity too small?).");
                var desk = sp.GetRequiredService<ChargeDesk>();
                var preview = await desk.PreviewAsync(City, id, amountYen, token);
                var outcome = await desk.ChargeAsync(City, id, amountYen, preview.PremiumYen, ChargeChannel.Counter, "bench", $"bench-fund-{id:N}", token);
                if (!outcome.Succeeded)
                {
                    throw new InvalidOperationException($"Charging {email} failed: {outcome.Error}");
                }

                return id;
            });
        });
        return ids;
    }

    /// <summary>One bearer token per resident, over HTTP as a phone would get it.</summary>
    public async Task<IReadOnlyList<Resident>> SignInAsync(HttpClient http, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var residents = new Resident[ids.Count];
        await Parallel.ForAsync(0, ids.Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
        {
            var email = Email(i);
            using var response = await http.PostAsJsonAsync(new Uri(host.BaseAddress, $"/api/v1/{cityCode}/auth/token"),
                new { email, password = DemoOptions.Password }, token);
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(token));
            residents[i] = new Resident(ids[i], email, body.RootElement.GetProperty("accessToken").GetString()!);
        });
        return residents;
    }

    /// <summary>The residents' wallet totals (from the ledger, lots reloaded) and the shop's sales balance.</summary>
    public async Task<WalletSnapshot> SnapshotAsync(IReadOnlyList<Guid> residents, CancellationToken ct) =>
        await InCityAsync(async sp =>
        {
            var book = sp.GetRequiredService<WalletBook>();
            var totals = new Dictionary<Guid, long>();
            foreach (var id in residents)
            {
                totals[id] = (await book.ViewAsync(City, id, reload: true, ct)).Total;
            }

            var ledgerId = WalletLedgerIds.Ledger(City.Id);
            var shop = await sp.GetRequiredService<ILedger>().GetBalancesAsync(ledgerId, new[] { WalletLedgerIds.Merchant(City.Id, ShopId) }, ct);
            return new WalletSnapshot(totals, shop[0]?.Balance.CreditBalance ?? 0);
        });

    public async Task<LedgerInvariantReport> CheckLedgerAsync(CancellationToken ct) =>
        await InCityAsync(sp => sp.GetRequiredService<ILedger>().CheckInvariantsAsync(WalletLedgerIds.Ledger(City.Id), ct));

    /// <summary>As DemoDataSeeder.EmailFor names the generated residents.</summary>
    private string Email(int index) => string.Create(CultureInfo.InvariantCulture, $"jumin{index + 1:000}@{cityCode}.example.jp");
}

internal sealed record WalletSnapshot(IReadOnlyDictionary<Guid, long> Residents, long ShopYen)
{
    public long ResidentsYen => Residents.Values.Sum();
}
