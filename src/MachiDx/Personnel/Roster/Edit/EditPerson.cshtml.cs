using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Roster.Edit;

/// <summary>HR edits one person and sees why they are (not) eligible today.</summary>
[Authorize(Policy = Policies.HrAdmin)]
public sealed class EditPersonModel(PersonnelDbContext db, StaffDirectory directory, AuditTrail audit, TimeProvider time) : PageModel
{
    public StaffRecord Person { get; private set; } = null!;

    public EligibilityResult Eligibility { get; private set; } = null!;

    public DateOnly Today => JapanTime.Today(time);

    public IReadOnlyList<DepartmentSummary> Departments { get; private set; } = [];

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = PersonInput.From(Person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Input.DepartmentCode is { } code && Departments.All(d => d.Code != code))
        {
            ModelState.AddModelError("Input.DepartmentCode", "所属を一覧から選んでください。");
        }

        if (Input.BirthDate is { } b && Input.HireDate is { } h && h < b.AddYears(15))
        {
            ModelState.AddModelError("Input.HireDate", "採用日が生年月日から15年未満です。日付を確認してください。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var person = await db.Staff.SingleAsync(s => s.Id == id, ct);
        var before = PersonInput.From(person);
        person.FullName = Input.FullName!.Trim();
        person.FullNameKana = Input.FullNameKana!.Trim();
        person.DepartmentCode = Input.DepartmentCode!;
        person.BirthDate = Input.BirthDate!.Value;
        person.HireDate = Input.HireDate!.Value;
        person.JobType = Input.JobType!.Trim();
        person.Employment = Input.Employment;
        person.OnLeave = Input.OnLeave;
        person.IsSelector = Input.IsSelector;
        audit.Record(db, "Roster.Updated", nameof(StaffRecord), person.Id.ToString(), new { before, after = Input });
        await db.SaveChangesAsync(ct);
        Message = "保存しました。";
        return Redirect(Request.Path);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var person = await db.Staff.AsNoTracking().Include(s => s.Evaluations).Include(s => s.Overtime).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (person is null)
        {
            return false;
        }

        Person = person;
        Eligibility = EligibilityEvaluator.Evaluate(EligibilityRules.Default, person.Facts(), Today);
        Departments = await directory.DepartmentsAsync(ct);
        return true;
    }
}
