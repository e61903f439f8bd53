using System.Globalization;
using System.Net;
using MachiDx.Insight.Data;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Insight;

/// <summary>
/// Insight forms submitted eight times at the same moment (same user, same antiforgery token): DigiLab request numbers
/// stay unique and consecutive, and an inventory task is stored once, the others refused with a field error.
/// </summary>
public abstract class InsightRaceScenarios<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MachiDxApp
{
    private const int Requests = 8;

    [Fact]
    public async Task Eight_digilab_requests_at_once_get_eight_consecutive_numbers()
    {
        var staff = app.Pages();
        await staff.LoginAsync("okawa", "staff");
        var token = (await staff.GetAsync("/okawa/staff/insight/digilab/new")).AntiforgeryToken();
        var title = "同時依頼" + Guid.NewGuid().ToString("N")[..8];
        var results = await AtOnce.RunAsync(Requests, _ => staff.PostAsync("/okawa/staff/insight/digilab/new", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Title"] = title, ["Input.Description"] = "同じ依頼を同時に送ります",
            ["Input.DepartmentCode"] = "shimin", ["Input.Type"] = "Rpa",
        }));

        Assert.All(results, r => Assert.True(r.Status == HttpStatusCode.Redirect, $"{(int)r.Status}:\n{r.Text}"));
        var numbers = results.Select(r => int.Parse(r.Location![(r.Location!.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(numbers[0], Requests), numbers);
        var stored = await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Requests.AsNoTracking()
            .Where(r => r.Title == title).Select(r => r.Number).ToListAsync());
        Assert.Equal(numbers, stored.Order());
    }

    [Fact]
    public async Task The_same_inventory_task_saved_eight_times_at_once_is_stored_once()
    {
        var staff = app.Pages();
        await staff.LoginAsync("okawa", "staff");
        var token = (await staff.GetAsync("/okawa/staff/insight/inventory/task")).AntiforgeryToken();
        var results = await AtOnce.RunAsync(Requests, _ => staff.PostAsync("/okawa/staff/insight/inventory/task", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.FiscalYear"] = "2034", ["Input.DepartmentCode"] = "shimin", ["Input.Major"] = "証明", ["Input.Middle"] = "交付", ["Input.Name"] = "同時登録の業務",
            ["Input.BusyMonths"] = "2", ["Input.BusyCasesPerMonth"] = "10", ["Input.NormalMonths"] = "8", ["Input.NormalCasesPerMonth"] = "10",
            ["Input.SlackMonths"] = "2", ["Input.SlackCasesPerMonth"] = "10", ["Input.MinutesPerCase"] = "15", ["Input.People"] = "1",
            ["Input.Medium"] = "Paper", ["Input.RuleBased"] = "true", ["Input.Core"] = "false", ["Input.PersonalInfo"] = "Personal", ["Input.Difficulty"] = "Low", ["Input.LegalBasis"] = "",
        }));

        Assert.All(results, r => Assert.True((int)r.Status < 500, $"{(int)r.Status}:\n{r.Text}"));
        Assert.Single(results, r => r.Status == HttpStatusCode.Redirect);
        Assert.All(results.Where(r => r.Status != HttpStatusCode.Redirect), r =>
            Assert.Equal("同じ年度・部署・分類に同じ業務名がすでにあります。", r.FieldError("Input_Name")));
        Assert.Equal(1, await app.WithScopeAsync("okawa", sp => sp.GetRequiredService<InsightDbContext>().Tasks
            .CountAsync(t => t.FiscalYear == 2034 && t.DepartmentCode == "shimin" && t.Name == "同時登録の業務")));
    }
}

public sealed class InsightRaceOnSqlite(SqliteApp app) : InsightRaceScenarios<SqliteApp>(app);

public sealed class InsightRaceOnPostgres(PostgresApp app) : InsightRaceScenarios<PostgresApp>(app);
