using System.ComponentModel.DataAnnotations;
using MachiDx.Insight.Data;
using MachiDx.Insight.Inventory;
using MachiDx.Insight.Shared;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.DigiLab.Request;

/// <summary>A department sends a request to the DigiLab desk (staff for their own department, DX推進 for any), optionally about an inventory task.</summary>
[Authorize(Policy = InsightPolicies.Staff)]
public sealed class NewRequestPageModel(InsightDbContext db, AuditTrail audit, TenantContext tenant, StaffDirectory directory, CurrentActor actor, TimeProvider time)
    : InsightPage(tenant, directory, actor, time)
{
    private const int MaxNumberAttempts = 32;

    [BindProperty]
    public NewRequestInput Input { get; set; } = new();

    public IReadOnlyList<WorkTask> Tasks { get; private set; } = [];

    public async Task OnGetAsync(Guid? task, CancellationToken ct)
    {
        await LoadAsync(task, ct);
        var chosen = Tasks.FirstOrDefault(t => t.Id == task);
        Input = new NewRequestInput { DepartmentCode = chosen?.DepartmentCode ?? Me?.DepartmentCode, WorkTaskId = chosen?.Id, Title = chosen is null ? null : chosen.Name + "の効率化" };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(Input.WorkTaskId, ct);
        if (Input.DepartmentCode is { } code && (Departments.All(d => d.Code != code) || !CanEdit(code)))
        {
            ModelState.AddModelError("Input.DepartmentCode", "自分の所属からの依頼として送ってください。");
        }

        if (Input.WorkTaskId is { } taskId && Tasks.FirstOrDefault(t => t.Id == taskId) is var linked && (linked is null || linked.DepartmentCode != Input.DepartmentCode))
        {
            ModelState.AddModelError("Input.WorkTaskId", "依頼する部署の業務を選んでください。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The unique (municipality, number) index decides between requests sent at the same moment: the one that
        // loses takes the next number and tries again. Each round stores at least one request, so a burst of N
        // requests needs at most N rounds.
        for (var attempt = 0; attempt < MaxNumberAttempts; attempt++)
        {
            var number = (await db.Requests.MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
            var request = new DigiLabRequest
            {
                Id = Guid.CreateVersion7(), Number = number, Title = Input.Title!.Trim(), Description = Input.Description?.Trim() ?? "", DepartmentCode = Input.DepartmentCode!,
                WorkTaskId = Input.WorkTaskId, Type = Input.Type, Status = RequestStatus.Received, RequestedBy = Me?.FullName ?? User.Identity?.Name ?? "",
                CreatedAtUtc = UtcNow, UpdatedAtUtc = UtcNow,
            };
            db.Requests.Add(request);
            audit.Record(db, "Insight.DigiLab.Requested", "DigiLabRequest", request.Code, new { request.Title, request.DepartmentCode, type = request.Type.ToString() });
            try
            {
                await db.SaveChangesAsync(ct);
                return Redirect($"{Root}/digilab/{number}");
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }

        ModelState.AddModelError("Input.Title", "ただいま依頼が集中しています。少し時間をおいて、もう一度送信してください。");
        return Page();
    }

    /// <summary>The tasks a request may be linked to: this fiscal year's tasks of the departments the user may send for, plus
    /// the chosen task of another year (a candidate from an earlier inventory).</summary>
    private async Task LoadAsync(Guid? chosen, CancellationToken ct)
    {
        await LoadContextAsync(ct);
        var fy = CurrentFiscalYear;
        Tasks = [.. (await db.Tasks.AsNoTracking().Where(t => t.FiscalYear == fy || t.Id == chosen).ToListAsync(ct))
            .Where(t => CanEdit(t.DepartmentCode))
            .OrderBy(t => t.DepartmentCode, StringComparer.Ordinal).ThenByDescending(t => t.FiscalYear).ThenBy(t => t.Name, StringComparer.Ordinal)];
    }
}

public sealed class NewRequestInput
{
    [Display(Name = "件名")]
    [Required(ErrorMessage = "件名を入力してください。")]
    [StringLength(100, ErrorMessage = "件名は100文字以内で入力してください。")]
    [NoDirectionControls]
    public string? Title { get; set; }

    [Display(Name = "困っていること・依頼の内容")]
    [StringLength(2000, ErrorMessage = "2,000文字以内で入力してください。")]
    public string? Description { get; set; }

    [Display(Name = "部署")]
    [Required(ErrorMessage = "部署を選んでください。")]
    public string? DepartmentCode { get; set; }

    public Guid? WorkTaskId { get; set; }

    public ServiceType Type { get; set; } = ServiceType.Other;
}
