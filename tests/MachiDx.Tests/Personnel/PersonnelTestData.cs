using MachiDx.Personnel.Data;
using MachiDx.Personnel.Roster;
using MachiDx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachiDx.Tests.Personnel;

/// <summary>Reads and arranges the demo roster of one city for scenarios.</summary>
internal static class PersonnelTestData
{
    public static Task<StaffRecord> PersonAsync(this MachiDxApp app, string city, string staffNumber) =>
        app.WithScopeAsync(city, sp => sp.GetRequiredService<PersonnelDbContext>().Staff.AsNoTracking().Include(s => s.Evaluations).SingleAsync(s => s.StaffNumber == staffNumber));

    /// <summary>The demo roster record of a generated account such as "shimin01".</summary>
    public static Task<StaffRecord> LinkedAsync(this MachiDxApp app, string city, string department) =>
        app.WithScopeAsync(city, async sp =>
        {
            var directory = sp.GetRequiredService<MachiDx.Platform.Identity.StaffDirectory>();
            var all = await directory.AllAsync(CancellationToken.None);
            var number = all.Where(a => a.DepartmentCode == department).OrderByDescending(a => a.StaffNumber, StringComparer.Ordinal).First().StaffNumber;
            return await sp.GetRequiredService<PersonnelDbContext>().Staff.AsNoTracking().Include(s => s.Evaluations).SingleAsync(s => s.StaffNumber == number);
        });

    public static Task SetLatestScoreAsync(this MachiDxApp app, string city, Guid staffRecordId, double score) =>
        app.WithScopeAsync(city, async sp =>
        {
            var db = sp.GetRequiredService<PersonnelDbContext>();
            foreach (var e in await db.Evaluations.Where(e => e.StaffRecordId == staffRecordId).ToListAsync())
            {
                e.Score = score;
            }

            await db.SaveChangesAsync();
            return 0;
        });

    public static Task<int> CountAsync<T>(this MachiDxApp app, string city, Func<PersonnelDbContext, IQueryable<T>> query) =>
        app.WithScopeAsync(city, sp => query(sp.GetRequiredService<PersonnelDbContext>()).CountAsync());

    /// <summary>HR creates a season (reference date 2026-04-01, one nominee per department) and gets its page path and id.</summary>
    public static async Task<(string Path, Guid Id)> CreateSeasonAsync(this PageClient hr, string city, string name)
    {
        var created = await hr.SubmitAsync($"/{city}/staff/personnel/seasons", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.ReferenceDate"] = "2026-04-01", ["Input.NominationDeadline"] = "2026-05-01",
            ["Input.DraftDate"] = "2026-05-10", ["Input.SecondmentStart"] = "2026-06-01", ["Input.SecondmentMonths"] = "3", ["Input.NominationsPerDepartment"] = "1",
        });
        Assert.True(created.Status == System.Net.HttpStatusCode.Redirect, created.Html);
        var path = created.Location!;
        return (path, Guid.Parse(path[(path.LastIndexOf('/') + 1)..]));
    }
}
