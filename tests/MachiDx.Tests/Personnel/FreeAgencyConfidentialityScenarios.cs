using System.Net;
using System.Text.RegularExpressions;
using MachiDx.Personnel.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>
/// An FA宣言 is seen by HR, the declarer and (once forwarded) the target's selectors; the declarer's current
/// department only after acceptance; nobody in another city; every read is audited.
/// Demo roles: shimin01 declares (市民課), staff@ is 市民課's 選考担当, hoken01 is 保険年金課's.
/// </summary>
public abstract partial class FreeAgencyConfidentialityScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const string City = "okawa";

    [Fact]
    public async Task The_current_department_learns_of_a_declaration_only_on_acceptance_and_every_read_is_audited()
    {
        var declarer = await app.LinkedAsync(City, "shimin");
        await app.SetLatestScoreAsync(City, declarer.Id, 4.0);
        var me = app.Pages();
        await me.LoginAsync(City, "shimin01");
        var home = await me.GetAsync($"/{City}/staff/personnel");
        Assert.Contains("FA宣言：宣言できます", home.Text);
        var declared = await me.SubmitAsync($"/{City}/staff/personnel", new Dictionary<string, string>
        {
            ["Input.TargetDepartment"] = "hoken", ["Input.Plan"] = "国民健康保険の手続をオンライン化し、窓口の待ち時間を半分にしたいと考えています。",
        }, $"/{City}/staff/personnel?handler=Declare");
        Assert.True(declared.Status == HttpStatusCode.Redirect, declared.Html);
        var id = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().Declarations.Where(d => d.StaffRecordId == declarer.Id).Select(d => d.Id).SingleAsync());
        var path = $"/{City}/staff/personnel/fa/{id}";

        var supervisor = app.Pages();
        await supervisor.LoginAsync(City, "staff");
        var target = app.Pages();
        await target.LoginAsync(City, "hoken01");
        var otherHr = app.Pages();
        await otherHr.LoginAsync("yukuhashi", "hr");

        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync(path)).Status);
        Assert.DoesNotContain("fa/" + id, (await supervisor.GetAsync($"/{City}/staff/personnel")).Html);
        Assert.Equal(HttpStatusCode.NotFound, (await target.GetAsync(path)).Status); // not forwarded yet
        Assert.NotEqual(HttpStatusCode.OK, (await otherHr.GetAsync(path)).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await otherHr.GetAsync($"/yukuhashi/staff/personnel/fa/{id}")).Status);

        var hr = app.Pages();
        await hr.LoginAsync(City, "hr");
        Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync(path, new Dictionary<string, string>(), path + "?handler=Forward")).Status);
        Assert.Equal(HttpStatusCode.OK, (await target.GetAsync(path)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync(path)).Status);

        // The current department's selector cannot decide either.
        var refused = await supervisor.PostAsync(path + "?handler=Decide", new Dictionary<string, string> { ["accept"] = "true", ["reason"] = "x", ["rubric"] = "x", ["__RequestVerificationToken"] = (await supervisor.GetAsync($"/{City}/staff/personnel")).AntiforgeryToken() });
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);

        var missingRubric = await target.SubmitAsync(path, new Dictionary<string, string> { ["accept"] = "true", ["reason"] = "業務改善の計画が具体的なため。" }, path + "?handler=Decide");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingRubric.Status);
        var accepted = await target.SubmitAsync(path, new Dictionary<string, string> { ["accept"] = "true", ["reason"] = "業務改善の計画が具体的なため。", ["rubric"] = "6か月後に窓口の平均待ち時間が半分になったか。" }, path + "?handler=Decide");
        Assert.True(accepted.Status == HttpStatusCode.Redirect, accepted.Html);

        var told = await supervisor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, told.Status);
        Assert.Contains("受入れ", told.Text);
        Assert.Contains("4月1日", told.Text);

        // Withdrawing after acceptance costs next season's eligibility.
        var withdrawn = await me.SubmitAsync(path, new Dictionary<string, string>(), path + "?handler=Withdraw");
        Assert.True(withdrawn.Status == HttpStatusCode.Redirect, withdrawn.Html);
        var after = await me.GetAsync($"/{City}/staff/personnel");
        Assert.Contains("FA宣言：宣言できません", after.Text);
        Assert.Contains("取り下げたため", after.Text);
        Assert.NotNull((await app.PersonAsync(City, declarer.StaffNumber)).FaBarredUntil);

        var reads = await app.WithScopeAsync(City, sp => sp.GetRequiredService<PersonnelDbContext>().AuditEntries.CountAsync(a => a.Action == "FaDeclaration.Read" && a.TargetId == id.ToString()));
        Assert.True(reads >= 3, $"expected every read to be audited, found {reads}");
    }
}

public sealed class FreeAgencyConfidentialityOnSqlite(SqliteApp app) : FreeAgencyConfidentialityScenarios<SqliteApp>(app);

public sealed class FreeAgencyConfidentialityOnPostgres(PostgresApp app) : FreeAgencyConfidentialityScenarios<PostgresApp>(app);
