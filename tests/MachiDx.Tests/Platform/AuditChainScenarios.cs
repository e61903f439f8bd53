using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Platform;

/// <summary>Staff changes land in a hash-chained audit log; any hand edit of a stored record is detected.</summary>
public abstract class AuditChainScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task A_staff_change_is_recorded_with_its_actor_and_the_chain_verifies()
    {
        var admin = await app.Api().SignInAsync("miyama", "admin");
        await AuditHelpers.AddDepartmentAsync(admin, "miyama", "audit-a");

        var entry = await app.WithScopeAsync("miyama", sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(e => e.Action == "Department.Created" && e.DetailsJson.Contains("audit-a")).SingleAsync());
        Assert.Contains("audit-a", entry.DetailsJson);
        Assert.NotNull(entry.ActorId);
        Assert.Equal(64, entry.Hash.Length);

        var result = await AuditHelpers.VerifyAsync(admin, "miyama");
        Assert.True(result.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Concurrent_changes_form_one_unbroken_chain()
    {
        var admin = await app.Api().SignInAsync("yukuhashi", "admin");
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => AuditHelpers.AddDepartmentAsync(admin, "yukuhashi", $"parallel-{i}")));

        var sequences = await app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(e => e.Chain == AuditEntry.ChainFor(2)).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.True((await AuditHelpers.VerifyAsync(admin, "yukuhashi")).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Stored_audit_records_cannot_be_changed_through_the_context()
    {
        var admin = await app.Api().SignInAsync("miyama", "admin");
        await AuditHelpers.AddDepartmentAsync(admin, "miyama", "immutable");
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithScopeAsync("miyama", async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
            entry.ActorName = "someone else";
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task The_audit_page_shows_the_chain_status_to_the_tenant_admin_only()
    {
        var pages = app.Pages();
        await pages.LoginAsync("miyama", "staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync("/miyama/admin/audit")).Status);

        var admin = app.Pages();
        await admin.LoginAsync("miyama", "admin");
        var page = await admin.GetAsync("/miyama/admin/audit");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("改ざんは検出されませんでした", page.Text);
    }
}

/// <summary>Someone with database access rewrites or deletes history; verification notices. Own fixture: it breaks chains.</summary>
public abstract class AuditTamperingScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    [Fact]
    public async Task A_hand_edited_audit_row_is_detected_by_the_api_the_page_and_the_command()
    {
        var admin = await app.Api().SignInAsync("okawa", "admin");
        await AuditHelpers.AddDepartmentAsync(admin, "okawa", "tamper-1");
        await AuditHelpers.AddDepartmentAsync(admin, "okawa", "tamper-2");
        Assert.True((await AuditHelpers.VerifyAsync(admin, "okawa")).GetProperty("intact").GetBoolean());

        // Someone with database access rewrites history.
        await app.WithScopeAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var victim = await db.AuditEntries.Where(e => e.DetailsJson.Contains("tamper-1")).Select(e => e.Id).SingleAsync();
            return await db.AuditEntries.Where(e => e.Id == victim)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.DetailsJson, "{\"code\":\"harmless\"}"));
        });

        var result = await AuditHelpers.VerifyAsync(admin, "okawa");
        Assert.False(result.GetProperty("intact").GetBoolean());
        var broken = result.GetProperty("chains").EnumerateArray().Single(c => !c.GetProperty("intact").GetBoolean());
        Assert.Contains("変更されています", broken.GetProperty("problem").GetString());

        var pages = app.Pages();
        await pages.LoginAsync("okawa", "admin");
        var page = await pages.GetAsync("/okawa/admin/audit");
        Assert.Contains("監査ログの改ざんまたは欠落を検出しました", page.Text);

        var reports = await app.WithScopeAsync(null, sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(null, null, CancellationToken.None));
        Assert.Contains(reports, r => !r.Intact);
    }

    [Fact]
    public async Task A_deleted_audit_row_is_detected()
    {
        var admin = await app.Api().SignInAsync("miyama", "admin");
        await AuditHelpers.AddDepartmentAsync(admin, "miyama", "delete-1");
        await AuditHelpers.AddDepartmentAsync(admin, "miyama", "delete-2");
        await app.WithScopeAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(e => e.DetailsJson.Contains("delete-1")).ExecuteDeleteAsync());

        var reports = await app.WithScopeAsync(null, sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(3, null, CancellationToken.None));
        Assert.Contains(reports, r => !r.Intact);
    }
}

public sealed class AuditTamperingOnSqlite(SqliteApp app) : AuditTamperingScenarios<SqliteApp>(app);

public sealed class AuditTamperingOnPostgres(PostgresApp app) : AuditTamperingScenarios<PostgresApp>(app);

internal static class AuditHelpers
{
    public static async Task AddDepartmentAsync(ApiClient admin, string city, string code)
    {
        using var response = await admin.PostAsync($"/api/v1/{city}/departments", new { code, name = "テスト課" + code });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> VerifyAsync(ApiClient admin, string city)
    {
        using var response = await admin.GetAsync($"/api/v1/{city}/audit/verification");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

public sealed class AuditChainOnSqlite(SqliteApp app) : AuditChainScenarios<SqliteApp>(app);

public sealed class AuditChainOnPostgres(PostgresApp app) : AuditChainScenarios<PostgresApp>(app);
