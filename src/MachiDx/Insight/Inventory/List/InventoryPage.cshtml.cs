using System.Globalization;
using MachiDx.Insight.Data;
using MachiDx.Insight.Shared;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.Inventory.List;

/// <summary>業務棚卸し: one fiscal year's tasks, per department or for the whole city, with yearly hours; CSV download.</summary>
[Authorize(Policy = InsightPolicies.Staff)]
public sealed class InventoryPageModel(InsightDbContext db, AuditTrail audit, TenantContext tenant, StaffDirectory directory, CurrentActor actor, TimeProvider time)
    : InsightPage(tenant, directory, actor, time)
{
    [BindProperty(SupportsGet = true, Name = "fy")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "dept")]
    public string? Department { get; set; }

    [TempData]
    public string? Message { get; set; }

    public int FiscalYear => Year ?? CurrentFiscalYear;

    public IReadOnlyList<WorkTask> Tasks { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var csv = new System.Text.StringBuilder(CsvText.Line(Import.InventoryImporter.Header));
        foreach (var t in Tasks)
        {
            csv.Append(CsvText.Line(
            [
                N(t.FiscalYear), DepartmentName(t.DepartmentCode), t.Major, t.Middle, t.Name, N(t.BusyMonths), N(t.BusyCasesPerMonth), N(t.NormalMonths),
                N(t.NormalCasesPerMonth), N(t.SlackMonths), N(t.SlackCasesPerMonth), N(t.MinutesPerCase), N(t.People), TaskLabels.Medium(t.Medium),
                TaskLabels.RuleBased(t.RuleBased), TaskLabels.Core(t.Core), TaskLabels.Personal(t.PersonalInfo), TaskLabels.Difficulty(t.Difficulty), t.LegalBasis,
            ]));
        }

        return File(CsvText.Bytes(csv.ToString()), "text/csv; charset=utf-8", $"inventory-{CityCode}-{FiscalYear}.csv");

        static string N(double value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Starts this fiscal year's version from the previous year's: copies the tasks of the departments the user may edit
    /// (the chosen one, or all of them) that this year does not have yet. Audited.
    /// </summary>
    public async Task<IActionResult> OnPostCopyAsync(CancellationToken ct)
    {
        await LoadContextAsync(ct);
        var fy = FiscalYear;
        var previous = (await db.Tasks.AsNoTracking().Where(t => t.FiscalYear == fy - 1).ToListAsync(ct))
            .Where(t => CanEdit(t.DepartmentCode) && (string.IsNullOrEmpty(Department) || t.DepartmentCode == Department)).ToList();
        var existing = (await db.Tasks.AsNoTracking().Where(t => t.FiscalYear == fy).ToListAsync(ct)).Select(Import.InventoryImporter.Key).ToHashSet(StringComparer.Ordinal);
        var copied = 0;
        foreach (var t in previous)
        {
            var copy = TaskCopy(t, fy);
            if (existing.Add(Import.InventoryImporter.Key(copy)))
            {
                db.Tasks.Add(copy);
                copied++;
            }
        }

        if (copied > 0)
        {
            audit.Record(db, "Insight.Inventory.CopiedFromPreviousYear", "WorkTask", string.Create(CultureInfo.InvariantCulture, $"{fy}"), new { copied, department = Department });
            await db.SaveChangesAsync(ct);
        }

        Message = string.Create(CultureInfo.InvariantCulture, $"{fy - 1}年度から{copied}業務を複製しました。");
        return Redirect($"{Root}/inventory?fy={fy}&dept={Department}");
    }

    private WorkTask TaskCopy(WorkTask t, int fy) => new()
    {
        Id = Guid.CreateVersion7(), FiscalYear = fy, DepartmentCode = t.DepartmentCode, Major = t.Major, Middle = t.Middle, Name = t.Name,
        BusyMonths = t.BusyMonths, BusyCasesPerMonth = t.BusyCasesPerMonth, NormalMonths = t.NormalMonths, NormalCasesPerMonth = t.NormalCasesPerMonth,
        SlackMonths = t.SlackMonths, SlackCasesPerMonth = t.SlackCasesPerMonth, MinutesPerCase = t.MinutesPerCase, People = t.People, Medium = t.Medium,
        RuleBased = t.RuleBased, Core = t.Core, PersonalInfo = t.PersonalInfo, Difficulty = t.Difficulty, LegalBasis = t.LegalBasis, UpdatedAtUtc = UtcNow,
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadContextAsync(ct);
        var fy = FiscalYear;
        var query = db.Tasks.AsNoTracking().Where(t => t.FiscalYear == fy);
        if (!string.IsNullOrEmpty(Department))
        {
            query = query.Where(t => t.DepartmentCode == Department);
        }

        var order = Departments.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        Tasks = [.. (await query.ToListAsync(ct))
            .OrderBy(t => order.GetValueOrDefault(t.DepartmentCode, int.MaxValue))
            .ThenBy(t => t.Major, StringComparer.Ordinal).ThenBy(t => t.Middle, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)];
        Years = [.. (await db.Tasks.AsNoTracking().Select(t => t.FiscalYear).Distinct().ToListAsync(ct)).Append(CurrentFiscalYear).Distinct().OrderDescending()];
    }
}
