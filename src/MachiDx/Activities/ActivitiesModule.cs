using MachiDx.Activities.Data;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Data;
using MachiDx.Platform.Outbox;
using MachiDx.Procedures.Contracts;

namespace MachiDx.Activities;

/// <summary>
/// The Activities module: rewards for civic activity. This first part rewards online applications through the
/// wallet; volunteer events, health activities and the staff dashboard come next (issue 6).
/// </summary>
public static class ActivitiesModule
{
    public static IServiceCollection AddActivities(this IServiceCollection services)
    {
        services.AddModuleDbContext<ActivitiesDbContext, SqliteActivitiesDbContext, PostgresActivitiesDbContext>("activities");
        services.AddScoped<RewardIssuer>();
        services.AddScoped<IIntegrationEventHandler<ApplicationCompleted>, OnlineApplicationRewards>();
        services.AddSingleton<MachiDx.Platform.Web.INavigationContributor, ActivitiesNavigation>();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(ActivitiesPolicies.Configure);
        return services;
    }
}
