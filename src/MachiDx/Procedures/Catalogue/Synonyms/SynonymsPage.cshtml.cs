using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Catalogue.Search;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Catalogue.Synonyms;

/// <summary>
/// The city's own search synonyms, added to the national list: staff add a group of words residents use for the same
/// thing (often from 「見つからなかった検索」) and the search index is rebuilt at once. Every change is audited.
/// </summary>
[Authorize(Policy = ProceduresPolicies.CatalogueEditor)]
public sealed partial class SynonymsPageModel(ProceduresDbContext db, CatalogueSearch search, ProcedureSearchIndexes indexes, AuditTrail audit,
    TenantContext tenant, CurrentActor actor, TimeProvider time) : PageModel
{
    public const int MaxGroupsPerCity = 500;

    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<StaffSynonymGroup> CityGroups { get; private set; } = [];

    public IReadOnlyList<IReadOnlyList<string>> NationalGroups => indexes.NationalSynonyms.Groups;

    [BindProperty]
    [Display(Name = "同じ意味のことば")]
    [Required(ErrorMessage = "ことばを2つ以上、読点（、）かカンマで区切って入力してください。")]
    [StringLength(400, ErrorMessage = "400文字以内で入力してください。")]
    public string? Terms { get; set; }

    /// <summary>The notice after a post, from the server (TempData): never from the query string, which anyone can write into a link.</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var terms = Split(Terms);
        if (ModelState.IsValid)
        {
            if (terms.Count < 2)
            {
                ModelState.AddModelError(nameof(Terms), "ことばを2つ以上、読点（、）かカンマで区切って入力してください。");
            }
            else if (terms.Count > SynonymSet.MaxGroupSize)
            {
                ModelState.AddModelError(nameof(Terms), $"1つのグループは{SynonymSet.MaxGroupSize}語までです。");
            }
            else if (terms.FirstOrDefault(t => t.Length > SynonymSet.MaxWordLength) is { } tooLong)
            {
                ModelState.AddModelError(nameof(Terms), $"「{tooLong[..10]}…」が長すぎます。1語{SynonymSet.MaxWordLength}文字までです。");
            }
            else if (CityGroups.Any(g => g.Terms.Order(StringComparer.Ordinal).SequenceEqual(terms.Order(StringComparer.Ordinal))))
            {
                ModelState.AddModelError(nameof(Terms), "同じグループがすでにあります。");
            }
            else if (CityGroups.Count >= MaxGroupsPerCity)
            {
                ModelState.AddModelError(nameof(Terms), $"グループは{MaxGroupsPerCity}件までです。使わなくなったものを削除してください。");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var group = new StaffSynonymGroup
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()), Terms = terms, Key = StaffSynonymGroup.KeyOf(terms), CreatedAtUtc = time.GetUtcNow().UtcDateTime, CreatedBy = actor.Name,
        };
        db.Set<StaffSynonymGroup>().Add(group);
        audit.Record(db, "procedures.synonyms.add", "synonym-group", group.Id.ToString(), string.Join("、", terms));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same group added a moment ago by another request (a double tap, another tab or node): the index keeps one.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(Terms), "同じグループがすでにあります。");
            await LoadAsync(ct);
            return Page();
        }

        await search.RebuildAsync(ct);
        Message = "同義語を追加しました。検索にすぐ反映されます。";
        return Redirect($"/{CityCode}/staff/procedures/synonyms");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var group = await db.Set<StaffSynonymGroup>().SingleOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return NotFound();
        }

        db.Set<StaffSynonymGroup>().Remove(group);
        audit.Record(db, "procedures.synonyms.delete", "synonym-group", group.Id.ToString(), string.Join("、", group.Terms));
        await db.SaveChangesAsync(ct);
        await search.RebuildAsync(ct);
        Message = "同義語のグループを削除しました。";
        return Redirect($"/{CityCode}/staff/procedures/synonyms");
    }

    /// <summary>Words separated by 、，, or spaces (full- or half-width), trimmed, de-duplicated, in the order typed.</summary>
    public static List<string> Split(string? text) =>
        [.. Separators().Split(text ?? "").Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    private async Task LoadAsync(CancellationToken ct) =>
        CityGroups = await db.Set<StaffSynonymGroup>().AsNoTracking().OrderBy(g => g.CreatedAtUtc).ToListAsync(ct);

    [GeneratedRegex("[、,，\\s　]+")]
    private static partial Regex Separators();
}
