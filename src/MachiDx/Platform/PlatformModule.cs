using MachiDx.Platform.Audit;
using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Identity.Login;
using MachiDx.Platform.Identity.Register;
using MachiDx.Platform.Departments;
using MachiDx.Platform.Jobs;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MachiDx.Platform;

/// <summary>The Platform module: tenancy, identity and roles, storage, audit, outbox, jobs, demo data.</summary>
public static class PlatformModule
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        Hosting.KeyStorage.Add(services, configuration);
        // Japanese text is written as characters, not numeric entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddScoped<TenantContext>();
        services.AddSingleton<MunicipalityDirectory>();
        services.AddModuleDbContext<PlatformDbContext, SqlitePlatformDbContext, PostgresPlatformDbContext>("platform");
        services.AddScoped<DatabaseMigrator>();

        services.AddScoped<CurrentActor>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<Hosting.IIntegrityCheck, Hosting.AuditIntegrityCheck>();
        services.AddScoped<Hosting.IntegrityVerifier>();
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection(BackupOptions.SectionName));
        services.AddScoped<DatabaseBackup>();
        services.AddSingleton<OutboxEventTypes>();
        services.AddSingleton<Outbox.Outbox>();
        services.AddSingleton<Inbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());

        services.AddOptions<Files.FileStoreOptions>().Bind(configuration.GetSection(Files.FileStoreOptions.SectionName));
        services.AddSingleton<Files.IBlobStore, Files.FileSystemBlobStore>();
        services.AddScoped<People.PeopleDirectory>();
        services.AddScoped<Postal.PostalDirectory>();
        services.AddOptions<Email.EmailOptions>().Bind(configuration.GetSection(Email.EmailOptions.SectionName));
        services.AddSingleton<Email.IEmailSender, Email.MailKitEmailSender>();
        services.AddSingleton<Navigation>();
        services.AddSingleton<INavigationContributor, PlatformNavigation>();
        services.AddScoped<ResidentRegistration>();
        services.AddScoped<SignInGate>();
        services.AddScoped<DepartmentCatalog>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<DemoDataSeeder>();
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.SectionName));
        services.AddMachiDxRateLimits(configuration);
        services.AddAntiforgery();
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>().Configure<IOptions<SecurityOptions>>((options, security) =>
            options.Cookie.SecurePolicy = security.Value.SecureCookiesOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        AddIdentity(services, configuration);
        return services;
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration)
    {
        var authentication = services.AddAuthentication(options =>
            {
                options.DefaultScheme = "MachiDx";
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme("MachiDx", "Cookie for pages, bearer token for the API", options =>
                options.ForwardDefaultSelector = context => ApiPaths.IsApi(context.Request.Path)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1));
        authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure<IOptions<SecurityOptions>>((options, security) => CookieSetup.Configure(options, security.Value)));
        Identity.External.OidcSignIn.Add(authentication, configuration);
        CachedBearerTickets.Configure(services, IdentityConstants.BearerScheme);

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters += "/";
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<JapaneseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<MachiDxClaimsFactory>();
        services.AddAuthorization(Policies.Configure);
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.MapPlatformApi();
        return app;
    }
}
