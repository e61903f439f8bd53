using MachiDx.Insight.Contracts;
using MachiDx.Insight.Data;
using MachiDx.Insight.Demo;
using MachiDx.Insight.DigiLab.Usage;
using MachiDx.Insight.Inventory.Import;
using MachiDx.Insight.Workload;
using MachiDx.Insight.Workload.Import;
using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Web;

namespace MachiDx.Insight;

/// <summary>
/// The Insight module (業務の見える化): the work inventory per department and fiscal year, workload statistics from
/// attendance with reconciliation against the inventory, and the DigiLab desk (candidates, requests, hours saved).
/// Decisions and formulas: docs/adr/0012-insight-module.md.
/// </summary>
public static class InsightModule
{
    public static IServiceCollection AddInsight(this IServiceCollection services)
    {
        services.AddModuleDbContext<InsightDbContext, SqliteInsightDbContext, PostgresInsightDbContext>("insight");
        services.AddScoped<InventoryImporter>();
        services.AddScoped<AttendanceImporter>();
        services.AddScoped<UsageImporter>();
        services.AddScoped<IWorkloadFigures, WorkloadFigures>();
        services.AddScoped<Dashboard.DxDashboardReader>();
        services.AddSingleton<IDemoDataContributor, InsightDemoSeeder>();
        services.AddSingleton<INavigationContributor, InsightNavigation>();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(InsightPolicies.Configure);
        return services;
    }

    public static WebApplication MapInsight(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        WorkloadApi.Map(app);
        return app;
    }
}
