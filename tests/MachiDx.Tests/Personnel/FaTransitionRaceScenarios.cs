using System.Net;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.FreeAgency;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>
/// An FA宣言 moves on once per step, however many copies of the step arrive at the same moment (a double tap, two tabs):
/// forwarding, the target's decision and the withdrawal are each recorded and audited once, and the other copies are
/// told in Japanese (「操作できませんでした」) that it cannot move again. Demo roles: shimin01 declares, hoken01 is 保険年金課's selector.
/// </summary>
public abstract class FaTransitionRaceScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "okawa";
    private const int Requests = 8;

    [Fact]
    public async Task Each_step_of_a_declaration_sent_eight_times_at_once_happens_once()
    {
        var declarer = await app.LinkedAsync(City, "shimin");
        await app.SetLatestScoreAsync(City, declarer.Id, 4.0);
        var me = app.Pages();
        await me.LoginAsync(City, "shimin01");
        var declared = await me.SubmitAsync($"/{City}/staff/personnel", new Dictionary<string, string>
        {
            ["Input.TargetDepartment"] = "hoken", ["Input.Plan"] = "国民健康保険の手続をオンライン化し、窓口の待ち時間を半分にしたいと考えています。",
        }, $"/{City}/staff/personnel?handler=Declare");
        Assert.True(declared.Status == HttpStatusCode.Redirect, declared.Html);
        var id = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().Declarations.Where(d => d.StaffRecordId == declarer.Id).Select(d => d.Id).SingleAsync());
        var path = $"/{City}/staff/personnel/fa/{id}";

        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        await SendAtOnceAsync(hr, path, "Forward", []);
        await AssertMovedOnceAsync(id, DeclarationStatus.Forwarded, "FaDeclaration.Forwarded");

        var target = app.Pages();
        await target.LoginAsync(City, "hoken01");
        await SendAtOnceAsync(target, path, "Decide", new() { ["accept"] = "true", ["reason"] = "計画が具体的なため。", ["rubric"] = "6か月後に待ち時間が半分になったか。" });
        await AssertMovedOnceAsync(id, DeclarationStatus.Accepted, "FaDeclaration.Accepted");

        await SendAtOnceAsync(me, path, "Withdraw", []);
        await AssertMovedOnceAsync(id, DeclarationStatus.Withdrawn, "FaDeclaration.Withdrawn");
        Assert.NotNull((await app.PersonAsync(City, declarer.StaffNumber)).FaBarredUntil);
    }

    /// <summary>The step's form posted <see cref="Requests"/> times at once with one antiforgery token: one redirect, the rest a Japanese refusal.</summary>
    private static async Task SendAtOnceAsync(PageClient caller, string path, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = (await caller.GetAsync(path)).AntiforgeryToken();
        var results = await AtOnce.RunAsync(Requests, _ => caller.PostAsync($"{path}?handler={handler}", fields));
        Assert.All(results, r => Assert.True((int)r.Status < 500, $"{handler}: {(int)r.Status}:\n{r.Text}"));
        Assert.Single(results, r => r.Status == HttpStatusCode.Redirect);
        Assert.All(results.Where(r => r.Status != HttpStatusCode.Redirect), r =>
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, r.Status);
            Assert.Contains("操作できませんでした", r.Text);
        });
    }

    private async Task AssertMovedOnceAsync(Guid id, DeclarationStatus status, string action)
    {
        var (stored, audited) = await app.WithScopeAsync(City, async sp =>
        {
            var db = sp.GetRequiredService<PersonnelDbContext>();
            return (await db.Declarations.AsNoTracking().Where(d => d.Id == id).Select(d => d.Status).SingleAsync(),
                await db.AuditEntries.CountAsync(a => a.Action == action && a.TargetId == id.ToString()));
        });
        Assert.Equal(status, stored);
        Assert.Equal(1, audited);
    }
}

public sealed class FaTransitionRaceOnSqlite(SqliteApp app) : FaTransitionRaceScenarios<SqliteApp>(app);

public sealed class FaTransitionRaceOnPostgres(PostgresApp app) : FaTransitionRaceScenarios<PostgresApp>(app);
