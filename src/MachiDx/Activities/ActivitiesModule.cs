using MachiDx.Activities.Contracts;
using MachiDx.Activities.Data;
using MachiDx.Activities.Events;
using MachiDx.Activities.Health;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Data;
using MachiDx.Platform.Outbox;
using MachiDx.Procedures.Contracts;
using MachiDx.Wallet.Contracts;

namespace MachiDx.Activities;

/// <summary>
/// The Activities module: rewards for civic activity — online applications, volunteer events (with venue check-in)
/// and health activities — paid as wallet points under the city's rules, and the activity points that set the
/// wallet's premium tier.
/// </summary>
public static class ActivitiesModule
{
    public static IServiceCollection AddActivities(this IServiceCollection services)
    {
        services.AddModuleDbContext<ActivitiesDbContext, SqliteActivitiesDbContext, PostgresActivitiesDbContext>("activities");
        services.AddScoped<RewardIssuer>();
        services.AddScoped<Platform.Hosting.IMunicipalityIntegrityCheck, RewardLimitsCheck>();
        services.AddScoped<IIntegrationEventHandler<ApplicationCompleted>, OnlineApplicationRewards>();
        services.AddIntegrationEvent<VolunteerAttended>(VolunteerAttended.EventName);
        services.AddIntegrationEvent<HealthActivityVerified>(HealthActivityVerified.EventName);
        services.AddScoped<IIntegrationEventHandler<VolunteerAttended>, VolunteerRewards>();
        services.AddScoped<IIntegrationEventHandler<HealthActivityVerified>, HealthRewards>();
        services.AddScoped<IActivityPoints, ActivityPointsReader>();
        services.AddScoped<IActivityFigures, Figures.ActivityFigures>();
        services.AddScoped<EventDesk>();
        services.AddScoped<Organize.OrganizerAccess>();
        services.AddScoped<HealthDesk>();
        services.AddSingleton<MachiDx.Platform.Demo.IDemoDataContributor, ActivitiesDemoData>();
        services.AddSingleton<MachiDx.Platform.Web.INavigationContributor, ActivitiesNavigation>();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(ActivitiesPolicies.Configure);
        return services;
    }
}
