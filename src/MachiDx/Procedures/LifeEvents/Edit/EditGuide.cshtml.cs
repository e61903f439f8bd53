using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.LifeEvents.Edit;

/// <summary>
/// Edits the city's version of one life-event guide as JSON. A save is checked by <see cref="GuideCheck"/> against the
/// city's catalogue and refused at the field when anything is wrong; "preview" runs the same check and shows the paths
/// and procedures without saving; "restore" goes back to the national graph. Saves and restores are audited, and a
/// form opened before someone else's save cannot overwrite it.
/// </summary>
[Authorize(Policy = ProceduresPolicies.CatalogueEditor)]
public sealed class EditGuideModel(GuideLibrary library, ProceduresDbContext db, AuditTrail audit, TenantContext tenant, CurrentActor actor, TimeProvider time)
    : PageModel
{
    public string CityCode => tenant.Required.Code;

    public GuideGraph National { get; private set; } = null!;

    public CityGuide? Own { get; private set; }

    /// <summary>The city's procedures by code (names for the preview).</summary>
    public IReadOnlyDictionary<string, string> ProcedureNames { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    [Display(Name = "質問の流れ（JSON）")]
    [Required(ErrorMessage = "質問の流れ（JSON）を入力してください。")]
    [StringLength(GuideCheck.MaxJsonLength, ErrorMessage = "質問の流れは64,000文字以内にしてください。")]
    public string? GraphJson { get; set; }

    /// <summary>The version the form was opened on (0 = national, never saved).</summary>
    [BindProperty]
    public int BaseVersion { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    [BindProperty(SupportsGet = true, Name = "restored")]
    public bool Restored { get; set; }

    /// <summary>Set after a successful preview: how many answer paths there are and which procedures they lead to.</summary>
    public GuideCheckResult? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        GraphJson = Own?.GraphJson ?? GuideCheck.ToJson(National);
        BaseVersion = Own?.Version ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        if (ModelState.IsValid && Check(code) is { } result)
        {
            Preview = result;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        var result = ModelState.IsValid ? Check(code) : null;
        if (result is null)
        {
            return Page();
        }

        if (!CheckVersion())
        {
            return Page();
        }

        var json = GuideCheck.ToJson(result.Graph!);
        if (string.Equals(json, Own?.GraphJson ?? GuideCheck.ToJson(National), StringComparison.Ordinal))
        {
            return Redirect($"/{CityCode}/staff/procedures/guides/{code}?saved=true");
        }

        var guide = Touch(code);
        guide.GraphJson = json;
        audit.Record(db, "procedures.guide.update", "guide", code, new
        {
            guide.Version,
            Title = result.Graph!.Title,
            Questions = result.Graph.Questions.Count,
            Paths = result.PathCount,
            Procedures = result.ProcedureCodes,
        });
        return await SaveAsync(code, "saved", ct);
    }

    public async Task<IActionResult> OnPostRestoreAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Own?.IsCustomised != true)
        {
            return Redirect($"/{CityCode}/staff/procedures/guides/{code}?restored=true");
        }

        GraphJson = Own.GraphJson;
        if (!CheckVersion())
        {
            return Page();
        }

        var guide = Touch(code);
        guide.GraphJson = null;
        audit.Record(db, "procedures.guide.restore", "guide", code, new { guide.Version });
        return await SaveAsync(code, "restored", ct);
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (library.Find(code) is not { } national)
        {
            return false;
        }

        National = national;
        Own = await db.CityGuides.SingleOrDefaultAsync(g => g.Code == code, ct);
        ProcedureNames = await db.CityProcedures.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, StringComparer.Ordinal, ct);
        return true;
    }

    /// <summary>Runs <see cref="GuideCheck"/>; on problems, puts them on the field and returns null.</summary>
    private GuideCheckResult? Check(string code)
    {
        var result = GuideCheck.Check(GraphJson, code, ProcedureNames.Keys.ToHashSet(StringComparer.Ordinal));
        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(nameof(GraphJson), problem);
        }

        return result.Ok ? result : null;
    }

    private bool CheckVersion()
    {
        if (BaseVersion == (Own?.Version ?? 0))
        {
            return true;
        }

        ModelState.AddModelError(nameof(GraphJson),
            $"この画面を開いたあとに、{Own?.UpdatedBy}さんが変更しています。入力した内容を控えてから、ページを開き直してください。");
        return false;
    }

    private CityGuide Touch(string code)
    {
        var guide = Own;
        if (guide is null)
        {
            guide = new CityGuide { Id = Guid.CreateVersion7(time.GetUtcNow()), Code = code, UpdatedBy = actor.Name };
            db.CityGuides.Add(guide);
        }

        guide.Version++;
        guide.UpdatedBy = actor.Name;
        guide.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        return guide;
    }

    private async Task<IActionResult> SaveAsync(string code, string done, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone saved or restored between our read and our write (version token or unique code).
            ModelState.AddModelError(nameof(GraphJson), "ほぼ同時に、ほかの方がこのできごとを変更しました。入力した内容を控えてから、ページを開き直してください。");
            return Page();
        }

        return Redirect($"/{CityCode}/staff/procedures/guides/{code}?{done}=true");
    }
}
