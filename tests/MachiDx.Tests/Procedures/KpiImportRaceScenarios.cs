using System.Net;
using System.Text;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Kpi;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Procedures;

/// <summary>
/// The KPI case import under double submits: one whole-month count per procedure, month and channel is held by a unique
/// index, so the same CSV sent eight times at once stores it once (a class of its own: the audit table is counted by
/// <see cref="KpiScenarios{TApp}"/>).
/// </summary>
public abstract class KpiImportRaceScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private DateOnly ThisMonth => new(app.Clock.Today.Year, app.Clock.Today.Month, 1);

    [Fact]
    public async Task The_same_csv_imported_eight_times_at_once_leaves_one_count_per_procedure_month_and_channel()
    {
        var staff = app.Pages();
        await staff.LoginAsync("okawa", "staff");
        var month = ThisMonth.AddMonths(-3);
        var csv = $"手続きコード,年月,受付の方法,件数\r\nsodai-gomi,{month:yyyy-MM},窓口,31\r\n";
        var answers = await AtOnce.RunAsync(8, _ => ImportAsync(staff, "okawa", csv));

        Assert.All(answers, a => Assert.True((int)a.Status < 500, a.Text));
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.Redirect), a => Assert.Contains("ほぼ同時にほかの取り込みで登録されました", a.Text));
        var counts = (await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().CaseCounts.AsNoTracking().ToListAsync())).Where(c => c.ProcedureCode == "sodai-gomi" && c.WholeMonth && c.Date == month && c.Channel == CaseChannel.Counter).ToList();
        Assert.Equal(31, Assert.Single(counts).Count);
    }

    private static Task<Page> ImportAsync(PageClient staff, string city, string csv) =>
        staff.PostMultipartAsync($"/{city}/staff/procedures/kpi/cases/import", $"/{city}/staff/procedures/kpi/cases/import", [],
            [("file", "counts.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)])]);
}

public sealed class KpiImportRaceOnSqlite(SqliteApp app) : KpiImportRaceScenarios<SqliteApp>(app);

public sealed class KpiImportRaceOnPostgres(PostgresApp app) : KpiImportRaceScenarios<PostgresApp>(app);
