using MachiDx.Personnel.Data;
using MachiDx.Personnel.Demo;
using MachiDx.Personnel.FreeAgency;
using MachiDx.Personnel.Roster.Import;
using MachiDx.Personnel.Seasons;
using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Web;

namespace MachiDx.Personnel;

/// <summary>The Personnel module (庁内人事交流): roster, eligibility, draft seasons, FA declarations, mechanism simulator.</summary>
public static class PersonnelModule
{
    public static IServiceCollection AddPersonnel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PersonnelDbContext, SqlitePersonnelDbContext, PostgresPersonnelDbContext>("personnel");
        services.AddOptions<PersonnelOptions>().Bind(configuration.GetSection(PersonnelOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<PersonnelActor>();
        services.AddScoped<RosterImporter>();
        services.AddSingleton<LotterySeeds>();
        services.AddHostedService<LotterySeedSealing>();
        services.AddScoped<SeasonDraft>();
        services.AddScoped<CandidateRankings>();
        services.AddScoped<Declarations>();
        services.AddScoped<SecondmentReminders>();
        services.AddHostedService<SecondmentUpkeepService>();
        services.AddSingleton<IDemoDataContributor, PersonnelDemoSeeder>();
        services.AddSingleton<INavigationContributor, PersonnelNavigation>();
        return services;
    }

    public static WebApplication MapPersonnel(this WebApplication app)
    {
        PersonnelApi.Map(app);
        return app;
    }
}
