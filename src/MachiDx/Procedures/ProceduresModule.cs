using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Web;
using MachiDx.Procedures.Catalogue;
using MachiDx.Procedures.Data;

namespace MachiDx.Procedures;

/// <summary>The Procedures module: catalogue, search, life-event guide, online applications, counter cases.</summary>
public static class ProceduresModule
{
    public static IServiceCollection AddProcedures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ProceduresDbContext, SqliteProceduresDbContext, PostgresProceduresDbContext>("procedures");
        services.AddSingleton(_ => NationalTemplate.Load());
        services.AddScoped<CatalogueAdoption>();
        services.AddScoped<Catalogue.Search.CatalogueSearch>();
        services.AddSingleton(_ =>
        {
            using var stream = typeof(ProceduresModule).Assembly.GetManifestResourceStream("MachiDx.Procedures.synonyms.json")!;
            using var reader = new StreamReader(stream);
            return new Search.ProcedureSearchIndexes(Search.SynonymSet.FromJson(reader.ReadToEnd()));
        });
        services.AddSingleton(_ => LifeEvents.GuideLibrary.Load());
        services.AddScoped<LifeEvents.CityGuides>();
        services.AddSingleton(_ => Forms.FormLibrary.Load());
        services.AddScoped<Applications.ApplicationFiles>();
        services.AddScoped<Applications.Apply.DraftDesk>();
        services.AddScoped<Applications.Confirm.SubmitDesk>();
        services.AddScoped<Applications.Review.ReviewDesk>();
        services.AddScoped<Applications.Mine.ApplicantDesk>();
        services.AddScoped<Applications.StaffAccess>();
        services.AddScoped<Contracts.IProcedureUsage, Kpi.ProcedureUsage>();
        services.AddScoped<Kpi.Cases.CaseRules>();
        services.AddScoped<Kpi.Import.CaseCsvImporter>();
        services.AddIntegrationEvent<Contracts.ApplicationCompleted>(Contracts.ApplicationCompleted.EventName);
        services.AddIntegrationEvent<Applications.Notices.ApplicationNoticeDue>(Applications.Notices.ApplicationNoticeDue.EventName);
        services.AddScoped<Platform.Outbox.IIntegrationEventHandler<Applications.Notices.ApplicationNoticeDue>, Applications.Notices.ApplicationNoticeMailer>();
        services.AddOptions<Applications.Notices.NoticeOptions>().Bind(configuration.GetSection(Applications.Notices.NoticeOptions.SectionName));
        services.AddSingleton<IDemoDataContributor, CatalogueDemoData>();
        services.AddSingleton<IDemoDataContributor, Kpi.KpiDemoData>();
        services.AddSingleton<INavigationContributor, ProceduresNavigation>();
        services.AddAuthorizationBuilder();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(ProceduresPolicies.Configure);
        return services;
    }

    public static WebApplication MapProcedures(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        ProceduresApi.Map(app);
        return app;
    }
}
