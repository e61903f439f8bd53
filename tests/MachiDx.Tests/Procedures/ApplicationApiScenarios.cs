using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Platform.Data;
using MachiDx.Platform.Demo;
using MachiDx.Procedures;
using MachiDx.Procedures.Applications;
using MachiDx.Procedures.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Procedures;

/// <summary>
/// The applications API with bearer tokens: residents see and withdraw only their own, staff see and move only
/// their department's, and every refusal is RFC 9457 problem details that changes nothing.
/// </summary>
public abstract class ApplicationApiScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private static string Path(string template, string city, string? receipt = null) =>
        template.Replace("{city}", city, StringComparison.Ordinal).Replace("{receiptNumber}", receipt ?? "", StringComparison.Ordinal);

    /// <summary>Submits 粗大ごみ (環境課) through the pages, as the resident would, and returns the receipt number.</summary>
    private Task<string> ApplyAsync(string city, string resident) => app.SubmitBulkyWasteAsync(city, resident);

    private Task<Application> StoredAsync(string city, string receipt) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<ProceduresDbContext>().Applications.AsNoTracking().SingleAsync(a => a.ReceiptNumber == receipt));

    private Task<int> EventCountAsync(Guid applicationId) =>
        app.WithScopeAsync(null, sp => sp.GetRequiredService<ProceduresDbContext>().ApplicationEvents.CountAsync(e => e.ApplicationId == applicationId));

    /// <summary>Audit entries of one city's application: receipt numbers repeat across cities, the audit table is not tenant-filtered.</summary>
    private Task<int> AuditCountAsync(string city, string receipt) =>
        app.WithScopeAsync(city, sp =>
        {
            var municipality = sp.GetRequiredService<MachiDx.Platform.Tenancy.TenantContext>().Required.Id;
            return sp.GetRequiredService<ProceduresDbContext>().AuditEntries.CountAsync(e => e.TargetId == receipt && e.MunicipalityId == municipality);
        });

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        await response.ShouldHaveStatusAsync(expected);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Withdrawing_one_application_eight_times_at_once_withdraws_it_once_and_the_others_get_a_japanese_conflict()
    {
        var receipt = await ApplyAsync("okawa", "resident2");
        var resident = await app.Api().SignInAsync("okawa", "resident2");
        var stored = await StoredAsync("okawa", receipt);
        var eventsBefore = await OkawaEventCountAsync(stored.Id);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await resident.PostAsync($"/api/v1/okawa/applications/{receipt}/withdraw", new { });
            return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, Body: await response.Content.ReadAsStringAsync());
        }));

        // Copies that lost the version check used to get the HTML error page with 500 (the exception handler looked at the
        // error page's path, not the API path): now a problem with a Japanese title.
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a =>
        {
            Assert.Equal(HttpStatusCode.Conflict, a.StatusCode);
            Assert.Equal("application/problem+json", a.MediaType);
            // A copy that lost the version check, or one that read the application after it was withdrawn.
            Assert.Matches("重なった|取り下げられません", JsonDocument.Parse(a.Body).RootElement.GetProperty("title").GetString());
        });
        Assert.Equal(ApplicationStatus.Withdrawn, (await StoredAsync("okawa", receipt)).Status);
        Assert.Equal(eventsBefore + 1, await OkawaEventCountAsync(stored.Id));
    }

    private Task<int> OkawaEventCountAsync(Guid applicationId) =>
        app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().ApplicationEvents.CountAsync(e => e.ApplicationId == applicationId));

    [Fact]
    public async Task A_resident_lists_only_their_own_applications()
    {
        var mine = await ApplyAsync("okawa", "jumin001");
        var neighbours = await ApplyAsync("okawa", "jumin002");

        var api = await app.Api().SignInAsync("okawa", "jumin001");
        using var response = await api.GetAsync(Path(ProceduresApiPaths.Applications, "okawa"));
        var list = await JsonAsync(response);
        var receipts = list.EnumerateArray().Select(a => a.GetProperty("receiptNumber").GetString()).ToList();
        Assert.Contains(mine, receipts);
        Assert.DoesNotContain(neighbours, receipts);
        var row = list.EnumerateArray().Single(a => a.GetProperty("receiptNumber").GetString() == mine);
        Assert.Equal("sodai-gomi", row.GetProperty("procedureCode").GetString());
        Assert.Equal("Submitted", row.GetProperty("status").GetString());
        Assert.Equal("申請済", row.GetProperty("statusLabel").GetString());

        using var one = await api.GetAsync(Path(ProceduresApiPaths.Application, "okawa", mine));
        var detail = await JsonAsync(one);
        Assert.True(detail.GetProperty("canWithdraw").GetBoolean());
        Assert.Equal("オンラインで申請しました。", detail.GetProperty("timeline")[0].GetProperty("message").GetString());
        Assert.Equal(0, detail.GetProperty("corrections").GetArrayLength());
    }

    [Fact]
    public async Task Another_residents_application_is_not_found_and_cannot_be_withdrawn()
    {
        var receipt = await ApplyAsync("okawa", "resident");
        var neighbour = await app.Api().SignInAsync("okawa", "resident2");

        using var read = await neighbour.GetAsync(Path(ProceduresApiPaths.Application, "okawa", receipt));
        var problem = await read.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("sodai-gomi", problem.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("粗大ごみ", problem.GetRawText(), StringComparison.Ordinal);
        using var unknown = await neighbour.GetAsync(Path(ProceduresApiPaths.Application, "okawa", "2099-999999"));
        var notThere = await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(notThere.GetProperty("title").GetString(), problem.GetProperty("title").GetString());
        Assert.Equal(notThere.TryGetProperty("detail", out var d1) ? d1.GetString() : null, problem.TryGetProperty("detail", out var d2) ? d2.GetString() : null);

        using var withdraw = await neighbour.PostAsync(Path(ProceduresApiPaths.Withdraw, "okawa", receipt), new { });
        await withdraw.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(ApplicationStatus.Submitted, (await StoredAsync("okawa", receipt)).Status);
    }

    [Fact]
    public async Task Another_citys_application_is_not_found_and_another_citys_api_refuses_the_token()
    {
        var receipt = await ApplyAsync("yukuhashi", "resident");
        var stranger = await app.Api().SignInAsync("okawa", "resident");

        // Through the caller's own city the other city's application does not exist (at most an own one of the same number would).
        var own = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<ProceduresDbContext>().Applications.AsNoTracking().Where(a => a.ReceiptNumber == receipt).Select(a => a.ApplicantId).ToListAsync());
        var me = await app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().Users.Where(u => u.Email == DemoDataSeeder.EmailFor("resident", "okawa")).Select(u => u.Id).SingleAsync());
        if (!own.Contains(me))
        {
            using var viaOwnCity = await stranger.GetAsync(Path(ProceduresApiPaths.Application, "okawa", receipt));
            await viaOwnCity.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        using var viaOtherCity = await stranger.GetAsync(Path(ProceduresApiPaths.Application, "yukuhashi", receipt));
        var refused = await viaOtherCity.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("sodai-gomi", refused.GetRawText(), StringComparison.Ordinal);
        using var withdraw = await stranger.PostAsync(Path(ProceduresApiPaths.Withdraw, "yukuhashi", receipt), new { });
        await withdraw.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(ApplicationStatus.Submitted, (await StoredAsync("yukuhashi", receipt)).Status);
    }

    [Fact]
    public async Task Withdrawing_twice_is_a_problem_the_second_time_and_changes_nothing()
    {
        var receipt = await ApplyAsync("miyama", "resident");
        var api = await app.Api().SignInAsync("miyama", "resident");

        using var first = await api.PostAsync(Path(ProceduresApiPaths.Withdraw, "miyama", receipt), new { });
        var withdrawn = await JsonAsync(first);
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.False(withdrawn.GetProperty("canWithdraw").GetBoolean());
        var after = await StoredAsync("miyama", receipt);
        var events = await EventCountAsync(after.Id);

        using var second = await api.PostAsync(Path(ProceduresApiPaths.Withdraw, "miyama", receipt), new { });
        var problem = await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("「取下げ」の申請は取り下げられません。", problem.GetProperty("detail").GetString());
        var unchanged = await StoredAsync("miyama", receipt);
        Assert.Equal(ApplicationStatus.Withdrawn, unchanged.Status);
        Assert.Equal(after.Version, unchanged.Version);
        Assert.Equal(events, await EventCountAsync(after.Id));
    }

    [Fact]
    public async Task Staff_of_another_department_see_nothing_of_it()
    {
        var receipt = await ApplyAsync("okawa", "jumin003");
        var other = await app.Api().SignInAsync("okawa", "staff");

        using var list = await other.GetAsync(Path(ProceduresApiPaths.StaffApplications, "okawa") + "?pageSize=200");
        var page = await JsonAsync(list);
        Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), a => a.GetProperty("receiptNumber").GetString() == receipt);
        Assert.All(page.GetProperty("items").EnumerateArray(), a => Assert.Equal("市民課", a.GetProperty("department").GetString()));

        using var read = await other.GetAsync(Path(ProceduresApiPaths.StaffApplication, "okawa", receipt));
        await read.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var move = await other.PostAsync(Path(ProceduresApiPaths.StaffTransitions, "okawa", receipt), new { action = "accept" });
        await move.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(ApplicationStatus.Submitted, (await StoredAsync("okawa", receipt)).Status);

        var owning = await app.Api().SignInAsync("okawa", "kankyo01");
        using var mine = await owning.GetAsync(Path(ProceduresApiPaths.StaffApplications, "okawa") + "?procedure=sodai-gomi&status=Submitted&assignee=none&pageSize=200");
        Assert.Contains((await JsonAsync(mine)).GetProperty("items").EnumerateArray(), a => a.GetProperty("receiptNumber").GetString() == receipt);
    }

    [Fact]
    public async Task Staff_move_an_application_through_the_workflow_and_illegal_moves_change_nothing()
    {
        var receipt = await ApplyAsync("yukuhashi", "resident2");
        var staff = await app.Api().SignInAsync("yukuhashi", "kankyo01");
        var transitions = Path(ProceduresApiPaths.StaffTransitions, "yukuhashi", receipt);

        // Completing straight from 申請済 is not a legal move.
        var before = await StoredAsync("yukuhashi", receipt);
        var events = await EventCountAsync(before.Id);
        using (var illegal = await staff.PostAsync(transitions, new { action = "complete" }))
        {
            var problem = await illegal.ShouldBeProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("「申請済」の申請を「完了」にすることはできません。", problem.GetProperty("detail").GetString());
        }

        using (var unknown = await staff.PostAsync(transitions, new { action = "withdraw" }))
        {
            var problem = await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("Action", out _) || problem.GetProperty("errors").TryGetProperty("action", out _), problem.GetRawText());
        }

        using (var noReason = await staff.PostAsync(transitions, new { action = "reject" }))
        {
            var problem = await noReason.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("却下する理由を入力してください。", problem.GetProperty("detail").GetString());
        }

        var unchanged = await StoredAsync("yukuhashi", receipt);
        Assert.Equal(ApplicationStatus.Submitted, unchanged.Status);
        Assert.Equal(before.Version, unchanged.Version);
        Assert.Equal(events, await EventCountAsync(before.Id));
        Assert.Equal(0, await AuditCountAsync("yukuhashi", receipt));

        using (var accept = await staff.PostAsync(transitions, new { action = "accept" }))
        {
            var accepted = await JsonAsync(accept);
            Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        }

        using (var review = await staff.PostAsync(transitions, new { action = "start-review" }))
        {
            Assert.Equal("UnderReview", (await JsonAsync(review)).GetProperty("status").GetString());
        }

        using (var reject = await staff.PostAsync(transitions, new { action = "reject", message = "収集できない品目のため、お受けできません。" }))
        {
            var rejected = await JsonAsync(reject);
            Assert.Equal("Rejected", rejected.GetProperty("status").GetString());
            Assert.Contains(rejected.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("message").GetString() == "収集できない品目のため、お受けできません。");
        }

        Assert.Equal(3, await AuditCountAsync("yukuhashi", receipt));
        using (var late = await staff.PostAsync(transitions, new { action = "accept" }))
        {
            await late.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        // The resident sees the reason; the status is final.
        var resident = await app.Api().SignInAsync("yukuhashi", "resident2");
        using var mine = await resident.GetAsync(Path(ProceduresApiPaths.Application, "yukuhashi", receipt));
        var detail = await JsonAsync(mine);
        Assert.Equal("却下", detail.GetProperty("statusLabel").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("message").GetString() == "収集できない品目のため、お受けできません。");
    }

    [Fact]
    public async Task A_correction_request_shows_the_fields_to_correct()
    {
        var receipt = await ApplyAsync("miyama", "resident2");
        var staff = app.Pages();
        await staff.LoginAsync("miyama", "kankyo01");
        await staff.SubmitAsync($"/miyama/staff/applications/{receipt}", new Dictionary<string, string> { ["to"] = "Accepted" }, $"/miyama/staff/applications/{receipt}?handler=Move");
        await staff.SubmitAsync($"/miyama/staff/applications/{receipt}", new Dictionary<string, string>
        {
            ["fields"] = "address",
            ["comment-address"] = "番地まで入力してください。",
        }, $"/miyama/staff/applications/{receipt}?handler=Correction");

        var api = await app.Api().SignInAsync("miyama", "resident2");
        using var response = await api.GetAsync(Path(ProceduresApiPaths.Application, "miyama", receipt));
        var detail = await JsonAsync(response);
        Assert.Equal("CorrectionRequested", detail.GetProperty("status").GetString());
        var correction = Assert.Single(detail.GetProperty("corrections").EnumerateArray());
        Assert.Equal("address", correction.GetProperty("field").GetString());
        Assert.Equal("住所", correction.GetProperty("label").GetString());
        Assert.Equal("番地まで入力してください。", correction.GetProperty("comment").GetString());
    }

    [Fact]
    public async Task Anonymous_callers_and_the_wrong_role_are_refused()
    {
        var anonymous = app.Api();
        foreach (var path in new[] { Path(ProceduresApiPaths.Applications, "okawa"), Path(ProceduresApiPaths.Application, "okawa", "2026-000001"), Path(ProceduresApiPaths.StaffApplications, "okawa") })
        {
            using var response = await anonymous.GetAsync(path);
            await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        using (var withdraw = await anonymous.PostAsync(Path(ProceduresApiPaths.Withdraw, "okawa", "2026-000001"), new { }))
        {
            await withdraw.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        using (var move = await anonymous.PostAsync(Path(ProceduresApiPaths.StaffTransitions, "okawa", "2026-000001"), new { action = "accept" }))
        {
            await move.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        var resident = await app.Api().SignInAsync("okawa", "resident");
        using var staffList = await resident.GetAsync(Path(ProceduresApiPaths.StaffApplications, "okawa"));
        await staffList.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_filters_are_field_errors()
    {
        var staff = await app.Api().SignInAsync("okawa", "kankyo01");
        using var response = await staff.GetAsync(Path(ProceduresApiPaths.StaffApplications, "okawa") + "?status=Lost&pageSize=0&assignee=someone");
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out _));
        Assert.True(errors.TryGetProperty("pageSize", out _));
        Assert.True(errors.TryGetProperty("assignee", out _));
    }
}

public sealed class ApplicationApiOnSqlite(SqliteApp app) : ApplicationApiScenarios<SqliteApp>(app);

public sealed class ApplicationApiOnPostgres(PostgresApp app) : ApplicationApiScenarios<PostgresApp>(app);
