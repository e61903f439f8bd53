using MachiDx.Ledger;
using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Web;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Contracts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Lots;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Pay;

namespace MachiDx.Wallet;

/// <summary>The Wallet module: the digital local currency on the ledger engine.</summary>
public static class WalletModule
{
    public static IServiceCollection AddWallet(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WalletOptions>().Bind(configuration.GetSection(WalletOptions.SectionName));
        services.AddModuleDbContext<WalletDbContext, SqliteWalletDbContext, PostgresWalletDbContext>("wallet");
        services.AddSingleton<WalletLedger>();
        services.AddHostedService(sp => sp.GetRequiredService<WalletLedger>());
        services.AddSingleton<ILedger>(sp => sp.GetRequiredService<WalletLedger>().Engine);
        services.AddSingleton<WalletDirectory>();
        services.AddSingleton<WalletBook>();
        services.AddScoped<Platform.Hosting.IIntegrityCheck, LedgerIntegrityCheck>();
        services.AddScoped<Integrity.LedgerSums>();
        services.AddScoped<Platform.Hosting.IMunicipalityIntegrityCheck, Integrity.RefundRuleCheck>();
        services.AddScoped<Platform.Hosting.IMunicipalityIntegrityCheck, Integrity.PayoutRuleCheck>();
        services.AddScoped<Platform.Hosting.IMunicipalityIntegrityCheck, Integrity.CampaignRuleCheck>();
        services.AddScoped<Platform.Hosting.IMunicipalityIntegrityCheck, Integrity.LotRuleCheck>();
        services.AddScoped<Platform.Hosting.IMunicipalityIntegrityCheck, Integrity.SnapshotRuleCheck>();
        services.AddSingleton<MerchantDirectory>();
        services.AddSingleton<PaymentDesk>();
        services.AddScoped<ChargeDesk>();
        services.AddScoped<CampaignDesk>();
        services.AddScoped<ITierPolicy, ActivityTierPolicy>();
        services.AddSingleton<IPaymentProvider, DemoPaymentProvider>();
        services.AddScoped<IWalletRewards, RewardDesk>();
        services.AddScoped<ICurrencyFigures, Figures.CurrencyFigures>();
        services.AddScoped<MerchantDesk>();
        services.AddScoped<Home.WalletHistory>();
        services.AddScoped<SalesBook>();
        services.AddScoped<RefundDesk>();
        services.AddScoped<Payouts.PayoutDesk>();
        services.AddScoped<Expiry.ExpiryDesk>();
        services.AddIntegrationEvent<Expiry.WalletNoticeDue>(Expiry.WalletNoticeDue.EventName);
        services.AddScoped<IIntegrationEventHandler<Expiry.WalletNoticeDue>, Expiry.WalletNoticeMailer>();
        services.AddHostedService<Expiry.WalletUpkeepService>();
        services.AddScoped<Cards.CardDesk>();
        services.AddScoped<Compliance.SnapshotDesk>();
        services.AddScoped<Compliance.CashRefundDesk>();
        services.AddSingleton<Compliance.BaseDateSnapshotJob>();
        services.AddHostedService(sp => sp.GetRequiredService<Compliance.BaseDateSnapshotJob>());
        services.AddSingleton<IDemoDataContributor, WalletDemoData>();
        services.AddSingleton<INavigationContributor, WalletNavigation>();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(WalletPolicies.Configure);
        return services;
    }

    public static WebApplication MapWallet(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        WalletApi.Map(app);
        return app;
    }
}
