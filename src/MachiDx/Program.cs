using MachiDx.Activities;
using MachiDx.Insight;
using MachiDx.Personnel;
using MachiDx.Platform;
using MachiDx.Platform.Data;
using MachiDx.Platform.Hosting;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using MachiDx.Procedures;
using MachiDx.Wallet;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

// "restore FILE --contentRoot DIR": the command's words go to CommandLine, the options to the host.
var (command, hostArgs) = CommandLine.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);

builder.AddObservability();
builder.ConfigureThreadPool();
builder.Services.AddPlatform(builder.Configuration);
builder.Services.AddProcedures(builder.Configuration);
builder.Services.AddPersonnel(builder.Configuration);
builder.Services.AddWallet(builder.Configuration);
builder.Services.AddActivities();
builder.Services.AddInsight();
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsSetup.Customize);
builder.Services.AddExceptionHandler<GlobalExceptionHandler>();
builder.Services.AddValidation();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "MachiDX API";
    document.Info.Description = "MachiDX（まちDX）の公開API。エラーは RFC 9457 problem details で返します。";
    return Task.CompletedTask;
}));
builder.Services.AddRazorPages(options => options.RootDirectory = "/")
    .AddMvcOptions(options =>
    {
        JapaneseModelBindingMessages.Configure(options.ModelBindingMessageProvider);
        options.Filters.Add<MachiDx.Platform.Web.SubmitOnce.SubmitOnceFilter>();
    });
builder.Services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("database", tags: ["ready"]);

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, command) is { } exitCode)
{
    return exitCode;
}

await app.InitializeAsync();

app.UseMachiDxSecurity();
app.UseExceptionHandler("/error/500");
app.UseWhen(c => ApiPaths.IsApi(c.Request.Path), api => api.UseStatusCodePages(ApiStatusCodes.WriteAsync));
app.UseWhen(c => !ApiPaths.IsApi(c.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
app.UseNulCharacterGuard();
app.UsePersonalResponses();
app.UseRequestLocalization("ja-JP");
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<TenantResolutionMiddleware>();
app.UseAuthorization();
app.UseRateLimiter();

app.MapStaticAssets();
app.MapRazorPages();
app.MapOpenApi();
app.MapScalarApiReference("/api/reference", options => options.WithTitle("MachiDX API リファレンス").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapPlatform();
app.MapProcedures();
app.MapPersonnel();
app.MapWallet();
app.MapInsight();

await app.RunAsync();
return 0;

/// <summary>The application entry point, visible to the test host.</summary>
public partial class Program;
