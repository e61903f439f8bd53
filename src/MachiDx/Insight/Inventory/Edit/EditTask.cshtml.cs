using MachiDx.Insight.Data;
using MachiDx.Insight.Shared;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.Inventory.Edit;

/// <summary>Adds, edits or deletes one inventory task; only DX推進 or staff of the task's department may (403 otherwise). Audited.</summary>
[Authorize(Policy = InsightPolicies.Staff)]
public sealed class EditTaskModel(InsightDbContext db, AuditTrail audit, TenantContext tenant, StaffDirectory directory, CurrentActor actor, TimeProvider time)
    : InsightPage(tenant, directory, actor, time)
{
    [BindProperty]
    public TaskInput Input { get; set; } = new();

    public WorkTask? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, int? fy, string? dept, CancellationToken ct)
    {
        await LoadContextAsync(ct);
        if (id is { } taskId)
        {
            Existing = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
            if (Existing is null)
            {
                return NotFound();
            }

            if (!CanEdit(Existing.DepartmentCode))
            {
                return Forbid();
            }

            Input = TaskInput.From(Existing);
            return Page();
        }

        Input = new TaskInput
        {
            FiscalYear = fy ?? CurrentFiscalYear, DepartmentCode = dept ?? Me?.DepartmentCode,
            BusyMonths = 2, NormalMonths = 8, SlackMonths = 2, People = 1, Medium = InputMedium.Paper, RuleBased = true,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        await LoadContextAsync(ct);
        WorkTask? task = null;
        if (id is { } taskId)
        {
            task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
            if (task is null)
            {
                return NotFound();
            }

            if (!CanEdit(task.DepartmentCode))
            {
                return Forbid();
            }

            Existing = task;
        }

        if (Input.DepartmentCode is { } code && Departments.All(d => d.Code != code))
        {
            ModelState.AddModelError("Input.DepartmentCode", "部署を一覧から選んでください。");
        }
        else if (Input.DepartmentCode is { } allowed && !CanEdit(allowed))
        {
            ModelState.AddModelError("Input.DepartmentCode", "自分の所属の業務だけを登録できます。");
        }

        if (Input.BusyMonths is { } b && Input.NormalMonths is { } n && Input.SlackMonths is { } s && b + n + s != 12)
        {
            ModelState.AddModelError("Input.BusyMonths", $"繁忙期・通常期・閑散期の月数の合計が{b + n + s}か月です。12か月になるようにしてください。");
        }

        if (ModelState.IsValid)
        {
            var fy = Input.FiscalYear!.Value;
            var (dept, major, middle, name) = (Input.DepartmentCode!, Input.Major!.Trim(), Input.Middle!.Trim(), Input.Name!.Trim());
            if (await db.Tasks.AnyAsync(t => t.Id != id && t.FiscalYear == fy && t.DepartmentCode == dept && t.Major == major && t.Middle == middle && t.Name == name, ct))
            {
                ModelState.AddModelError("Input.Name", "同じ年度・部署・分類に同じ業務名がすでにあります。");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var isNew = task is null;
        task ??= new WorkTask { Id = Guid.CreateVersion7(), DepartmentCode = "", Major = "", Middle = "", Name = "" };
        Input.ApplyTo(task);
        task.UpdatedAtUtc = UtcNow;
        if (isNew)
        {
            db.Tasks.Add(task);
        }

        audit.Record(db, isNew ? "Insight.Task.Created" : "Insight.Task.Updated", "WorkTask", task.Id.ToString(),
            new { task.FiscalYear, task.DepartmentCode, task.Major, task.Middle, task.Name, hours = Math.Round(task.YearlyHours, 1) });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (year, department, 大・中分類, name) index: the same task saved twice at the same moment.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Name", "同じ年度・部署・分類に同じ業務名がすでにあります。");
            return Page();
        }

        return Redirect($"{Root}/inventory?fy={task.FiscalYear}&dept={task.DepartmentCode}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        await LoadContextAsync(ct);
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return NotFound();
        }

        if (!CanEdit(task.DepartmentCode))
        {
            return Forbid();
        }

        db.Tasks.Remove(task);
        audit.Record(db, "Insight.Task.Deleted", "WorkTask", task.Id.ToString(), new { task.FiscalYear, task.DepartmentCode, task.Name });
        await db.SaveChangesAsync(ct);
        return Redirect($"{Root}/inventory?fy={task.FiscalYear}&dept={task.DepartmentCode}");
    }
}
