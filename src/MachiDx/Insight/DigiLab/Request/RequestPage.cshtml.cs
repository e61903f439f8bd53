using System.Globalization;
using MachiDx.Insight.Data;
using MachiDx.Insight.DigiLab.Usage;
using MachiDx.Insight.Inventory;
using MachiDx.Insight.Shared;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.DigiLab.Request;

/// <summary>
/// One DigiLab request: any staff member reads it; DX推進 triages it (status, type, assignee, minutes before and after,
/// go-live month), records monthly volumes and where the freed hours went. Every change is audited.
/// </summary>
[Authorize(Policy = InsightPolicies.Staff)]
public sealed class RequestPageModel(InsightDbContext db, AuditTrail audit, TenantContext tenant, StaffDirectory directory, CurrentActor actor, TimeProvider time)
    : InsightPage(tenant, directory, actor, time)
{
    public DigiLabRequest Item { get; private set; } = null!;

    public WorkTask? LinkedTask { get; private set; }

    public IReadOnlyList<StaffIdentity> Staff { get; private set; } = [];

    public TriageInput Triage { get; set; } = new();

    public UsageInput UsageForm { get; set; } = new();

    public FreedInput Freed { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public double FreedTotal => Item.FreedHours.Sum(f => f.Hours);

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken ct)
    {
        if (!await LoadAsync(number, tracked: false, ct))
        {
            return NotFound();
        }

        Triage = new TriageInput
        {
            Status = Item.Status, Type = Item.Type, AssigneeStaffNumber = Item.AssigneeStaffNumber, BaselineMinutes = Item.BaselineMinutesPerCase,
            AfterMinutes = Item.AfterMinutesPerCase, LiveSince = Item.LiveSince?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostTriageAsync(int number, [Bind(Prefix = nameof(Triage))] TriageInput triage, CancellationToken ct)
    {
        if (!IsDx)
        {
            return Forbid();
        }

        if (!await LoadAsync(number, tracked: true, ct))
        {
            return NotFound();
        }

        Triage = triage;
        if (triage.BaselineMinutes is { } before && triage.AfterMinutes is { } after && after > before)
        {
            ModelState.AddModelError("Triage.AfterMinutes", "導入後の分数は導入前の分数以下にしてください。");
        }

        // The baseline is recorded before go-live: it is saved while the request is not live, and it is fixed once the
        // request goes live or has volumes (hours saved are computed from it).
        var baselineChanged = triage.BaselineMinutes != Item.BaselineMinutesPerCase;
        if (triage.Status == RequestStatus.Live)
        {
            if (Item.BaselineMinutesPerCase is null)
            {
                ModelState.AddModelError("Triage.BaselineMinutes", "稼働中にする前に、導入前の1件あたりの分数を記録してください（稼働前の状態で先に保存します）。");
            }
            else
            {
                Require(baselineChanged, "Triage.BaselineMinutes", BaselineFixed);
            }

            Require(triage.AfterMinutes is null, "Triage.AfterMinutes", "稼働中にするには、導入後の1件あたりの分数を入力してください。");
            Require(triage.LiveSinceMonth is null, "Triage.LiveSince", "稼働中にするには、稼働開始月を入力してください。");
        }
        else
        {
            Require(baselineChanged && Item.Usage.Count > 0, "Triage.BaselineMinutes", BaselineFixed);
        }

        if (triage.LiveSinceMonth is { } since && Item.Usage.Count > 0 && Item.Usage.Min(u => u.Month) < since)
        {
            ModelState.AddModelError("Triage.LiveSince", string.Create(CultureInfo.InvariantCulture,
                $"{Item.Usage.Min(u => u.Month):yyyy-MM}の件数が記録されているため、稼働開始月はそれより後にできません。"));
        }

        var assignee = Staff.FirstOrDefault(s => s.StaffNumber == triage.AssigneeStaffNumber);
        Require(!string.IsNullOrEmpty(triage.AssigneeStaffNumber) && assignee is null, "Triage.AssigneeStaffNumber", "担当者を一覧から選んでください。");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var from = Item.Status;
        Item.Status = triage.Status;
        Item.Type = triage.Type;
        Item.AssigneeStaffNumber = assignee?.StaffNumber;
        Item.AssigneeName = assignee?.FullName;
        Item.BaselineMinutesPerCase = triage.BaselineMinutes;
        Item.AfterMinutesPerCase = triage.AfterMinutes;
        Item.LiveSince = triage.LiveSinceMonth;
        Item.UpdatedAtUtc = UtcNow;
        audit.Record(db, "Insight.DigiLab.Triaged", "DigiLabRequest", Item.Code, new
        {
            from = from.ToString(), to = Item.Status.ToString(), type = Item.Type.ToString(), assignee = Item.AssigneeStaffNumber,
            Item.BaselineMinutesPerCase, Item.AfterMinutesPerCase, liveSince = triage.LiveSince,
        });
        await db.SaveChangesAsync(ct);
        Message = "依頼を更新しました。";
        return Redirect($"{Root}/digilab/{number}");
    }

    public async Task<IActionResult> OnPostUsageAsync(int number, [Bind(Prefix = nameof(UsageForm))] UsageInput usage, CancellationToken ct)
    {
        if (!IsDx)
        {
            return Forbid();
        }

        if (!await LoadAsync(number, tracked: true, ct))
        {
            return NotFound();
        }

        UsageForm = usage;
        Require(Item.Status != RequestStatus.Live || Item.SavedMinutesPerCase is null, "UsageForm.Month",
            "件数は、稼働中で導入前後の1件あたりの分数が登録された依頼にだけ記録できます。");
        var month = TriageInput.Month(usage.Month);
        Require(ModelState.IsValid && month is null, "UsageForm.Month", "年月は「2026-04」の形で入力してください。");
        if (ModelState.IsValid && UsageImporter.BeforeGoLive(Item, month!.Value) is { } tooEarly)
        {
            ModelState.AddModelError("UsageForm.Month", tooEarly);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        UsageImporter.SetUsage(db, Item, month!.Value, usage.Cases!.Value);
        audit.Record(db, "Insight.DigiLab.UsageRecorded", "DigiLabRequest", Item.Code, new { month = usage.Month, cases = usage.Cases });
        await db.SaveChangesAsync(ct);
        Message = "件数を記録しました。";
        return Redirect($"{Root}/digilab/{number}");
    }

    public async Task<IActionResult> OnPostFreedAsync(int number, [Bind(Prefix = nameof(Freed))] FreedInput freed, CancellationToken ct)
    {
        if (!IsDx)
        {
            return Forbid();
        }

        if (!await LoadAsync(number, tracked: true, ct))
        {
            return NotFound();
        }

        Freed = freed;
        if (freed.Hours is { } hours && FreedTotal + hours > Item.TotalHoursSaved + 1e-9)
        {
            ModelState.AddModelError("Freed.Hours", string.Create(CultureInfo.InvariantCulture,
                $"削減できた時間（{Item.TotalHoursSaved:#,0.0}時間）のうち、まだ記録していないのは{Math.Max(0, Item.TotalHoursSaved - FreedTotal):#,0.0}時間です。"));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.FreedHours.Add(new FreedHours { Id = Guid.CreateVersion7(), RequestId = Item.Id, Use = freed.Use, Hours = freed.Hours!.Value, Note = freed.Note?.Trim() ?? "" });
        audit.Record(db, "Insight.DigiLab.FreedHoursRecorded", "DigiLabRequest", Item.Code, new { use = freed.Use.ToString(), freed.Hours });
        await db.SaveChangesAsync(ct);
        Message = "使い道を記録しました。";
        return Redirect($"{Root}/digilab/{number}");
    }

    private const string BaselineFixed = "導入前の1件あたりの分数は、稼働前に記録した値から変更できません（削減時間の計算の基準です）。";

    private void Require(bool failed, string key, string message)
    {
        if (failed)
        {
            ModelState.AddModelError(key, message);
        }
    }

    private async Task<bool> LoadAsync(int number, bool tracked, CancellationToken ct)
    {
        await LoadContextAsync(ct);
        var query = db.Requests.Include(r => r.Usage).Include(r => r.FreedHours).AsQueryable();
        var request = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(r => r.Number == number, ct);
        if (request is null)
        {
            return false;
        }

        Item = request;
        LinkedTask = request.WorkTaskId is { } id ? await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct) : null;
        Staff = IsDx ? await Directory.AllAsync(ct) : [];
        return true;
    }
}
