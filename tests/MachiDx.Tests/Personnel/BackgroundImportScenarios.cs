using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MachiDx.Personnel;
using MachiDx.Platform.Data;
using MachiDx.Platform.Jobs;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>A large import (here: more than 2 rows) is written by a background job whose progress page shows the result.</summary>
public abstract class BackgroundImportScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task A_large_import_runs_as_a_job_and_reports_its_result()
    {
        var hr = app.Pages();
        await hr.LoginAsync("okawa", "hr");
        var form = await hr.GetAsync("/okawa/staff/personnel/roster/import");
        using var content = new MultipartFormDataContent { { new StringContent(form.AntiforgeryToken()), "__RequestVerificationToken" } };
        var csv = new ByteArrayContent(Encoding.UTF8.GetBytes("職員番号,氏名,かな,所属,生年月日,採用日,職種,雇用区分,休職\n" +
            "7001,一 太郎,いち たろう,shimin,1990-01-01,2015-04-01,一般事務,正規,\n" +
            "7002,二 花子,に はなこ,zeimu,1991-01-01,2016-04-01,一般事務,正規,\n" +
            "7003,三 次郎,さん じろう,hoken,1992-01-01,2017-04-01,一般事務,正規,\n"));
        csv.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(csv, "staffFile", "staff.csv");
        using var response = await hr.Http.PostAsync("/okawa/staff/personnel/roster/import", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/okawa/staff/jobs/", location, StringComparison.Ordinal);
        var id = Guid.Parse(location.Split('/')[^1]);

        var job = await Eventually.ReadAsync(
            () => app.WithScopeAsync("okawa", sp => sp.GetRequiredService<PlatformDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id)),
            j => j.FinishedAtUtc is not null, "the import finished");

        Assert.Equal(JobStatus.Succeeded, job.Status);
        Assert.Contains("職員3人を追加", job.Message);
        Assert.Contains("職員3人を追加", (await hr.GetAsync(location)).Text);
        Assert.Equal("hoken", (await app.PersonAsync("okawa", "7003")).DepartmentCode);
    }
}

public sealed class BackgroundImportSqliteApp() : MachiDxApp(DatabaseProvider.Sqlite)
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Configure<PersonnelOptions>(o => o.BackgroundImportRows = 2);
}

public sealed class BackgroundImportPostgresApp() : MachiDxApp(DatabaseProvider.Postgres)
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Configure<PersonnelOptions>(o => o.BackgroundImportRows = 2);
}

public sealed class BackgroundImportOnSqlite(BackgroundImportSqliteApp app) : BackgroundImportScenarios<BackgroundImportSqliteApp>(app);

public sealed class BackgroundImportOnPostgres(BackgroundImportPostgresApp app) : BackgroundImportScenarios<BackgroundImportPostgresApp>(app);
