using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Catalogue.Search;
using MachiDx.Procedures.Catalogue.Synonyms;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Catalogue.Edit;

/// <summary>
/// Edits one procedure of the city's catalogue. Channel labels stay honest: 「オンラインで完結」 only when there is a
/// route to finish it online (a MachiDX form or マイナポータル). Each save is audited with what changed, and the search
/// index is rebuilt.
/// </summary>
[Authorize(Policy = ProceduresPolicies.CatalogueEditor)]
public sealed class EditProcedureModel(ProceduresDbContext db, CatalogueSearch search, FormLibrary forms, AuditTrail audit, TenantContext tenant, TimeProvider time)
    : PageModel
{
    public string CityCode => tenant.Required.Code;

    public CityProcedure Procedure { get; private set; } = null!;

    [BindProperty]
    public ProcedureInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    public bool HasOnlineRoute => Procedure.OnlineVia == "mynaportal" || (Procedure.OnlineVia == "machidx" && forms.Find(Procedure.Code) is not null);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await db.CityProcedures.SingleOrDefaultAsync(p => p.Code == code, ct) is not { } procedure)
        {
            return NotFound();
        }

        Procedure = procedure;
        Input = ProcedureInput.From(procedure);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await db.CityProcedures.SingleOrDefaultAsync(p => p.Code == code, ct) is not { } procedure)
        {
            return NotFound();
        }

        Procedure = procedure;
        var channels = (Input.Channels ?? []).Where(Channel.All.Contains).Distinct(StringComparer.Ordinal).OrderBy(c => Channel.All.ToList().IndexOf(c)).ToList();
        if (channels.Count == 0)
        {
            ModelState.AddModelError("Input.Channels", "受付方法を1つ以上選んでください。");
        }
        else if (channels.Contains(Channel.Online) && !HasOnlineRoute)
        {
            ModelState.AddModelError("Input.Channels", "「オンラインで完結」にできるのは、MachiDXの申請フォームかマイナポータルで最後まで手続きできる場合だけです。来庁予約 + 事前入力を選んでください。");
        }

        if (Input.FeeYen is null && string.IsNullOrWhiteSpace(Input.FeeText))
        {
            ModelState.AddModelError("Input.FeeText", "手数料の金額か、説明（例: 無料）を入力してください。");
        }

        if (Input.LastVerified is { } verified && verified > JapanTime.Today(time))
        {
            ModelState.AddModelError("Input.LastVerified", "最終確認日は今日以前の日付にしてください。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var keywords = SynonymsPageModel.Split(Input.Keywords);
        var changes = new List<string>();
        void Set<T>(string label, T before, T after, Action<T> apply)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                changes.Add(label);
                apply(after);
            }
        }

        Set("担当課", procedure.Department, Input.Department!.Trim(), v => procedure.Department = v);
        Set("概要", procedure.Summary, Input.Summary!.Trim(), v => procedure.Summary = v);
        Set("対象", procedure.Who, (Input.Who ?? "").Trim(), v => procedure.Who = v);
        Set("手数料", procedure.FeeYen, Input.FeeYen, v => procedure.FeeYen = v);
        Set("手数料の説明", procedure.FeeText, (Input.FeeText ?? "").Trim(), v => procedure.FeeText = v);
        Set("期限の説明", procedure.DeadlineText, (Input.DeadlineText ?? "").Trim(), v => procedure.DeadlineText = v);
        Set("標準処理期間", procedure.StandardProcessingDays, Input.StandardProcessingDays, v => procedure.StandardProcessingDays = v);
        Set("受付方法", string.Join(',', procedure.Channels), string.Join(',', channels), _ => procedure.Channels = channels);
        Set("オンラインの案内", procedure.OnlineNote ?? "", (Input.OnlineNote ?? "").Trim(), v => procedure.OnlineNote = v.Length == 0 ? null : v);
        Set("お知らせ", procedure.Notes ?? "", (Input.Notes ?? "").Trim(), v => procedure.Notes = v.Length == 0 ? null : v);
        Set("検索用のことば", string.Join(',', procedure.Keywords), string.Join(',', keywords), _ => procedure.Keywords = keywords);
        Set("最終確認日", procedure.LastVerified, Input.LastVerified!.Value, v => procedure.LastVerified = v);
        if (changes.Count > 0)
        {
            if (!await SaveOverWhatWasReadAsync(procedure, changes, ct))
            {
                ModelState.AddModelError(string.Empty, "ほぼ同時に、ほかの方がこの手続きを変更しました。ページを開き直して、内容を確認してください。");
                return Page();
            }

            await search.RebuildAsync(ct);
        }

        return Redirect($"/{CityCode}/staff/procedures/catalogue/{procedure.Code}?saved=true");
    }

    /// <summary>
    /// Saves the changes and their audit only over the row this request read: the first write is an UPDATE conditional on
    /// the UpdatedAtUtc it saw. Of copies sent at the same moment (a double tap, two editors), one saves and is audited
    /// once; the others find the row changed under them (false), instead of each recording the same change.
    /// </summary>
    private async Task<bool> SaveOverWhatWasReadAsync(CityProcedure procedure, List<string> changes, CancellationToken ct)
    {
        var read = procedure.UpdatedAtUtc;
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            if (await db.CityProcedures.Where(p => p.Id == procedure.Id && p.UpdatedAtUtc == read)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAtUtc, now), token) == 0)
            {
                return false;
            }

            procedure.UpdatedAtUtc = now;
            audit.Record(db, "procedures.catalogue.update", "city-procedure", procedure.Code, string.Join("、", changes) + "を変更");
            await db.SaveChangesAsync(token);
            await tx.CommitAsync(token);
            return true;
        }, ct);
    }
}

public sealed class ProcedureInput
{
    [Display(Name = "担当課")]
    [Required(ErrorMessage = "担当課を入力してください。")]
    [StringLength(60, ErrorMessage = "担当課は60文字以内で入力してください。")]
    public string? Department { get; set; }

    [Display(Name = "概要")]
    [Required(ErrorMessage = "概要を入力してください。")]
    [StringLength(1000, ErrorMessage = "概要は1,000文字以内で入力してください。")]
    public string? Summary { get; set; }

    [Display(Name = "対象となる方")]
    [StringLength(400, ErrorMessage = "400文字以内で入力してください。")]
    public string? Who { get; set; }

    [Display(Name = "手数料（円）")]
    [Range(0, 1_000_000, ErrorMessage = "手数料は0〜1,000,000円の整数で入力してください。")]
    public int? FeeYen { get; set; }

    [Display(Name = "手数料の説明")]
    [StringLength(400, ErrorMessage = "400文字以内で入力してください。")]
    public string? FeeText { get; set; }

    [Display(Name = "期限の説明")]
    [StringLength(400, ErrorMessage = "400文字以内で入力してください。")]
    public string? DeadlineText { get; set; }

    [Display(Name = "標準処理期間（日）")]
    [Range(1, 365, ErrorMessage = "1〜365日で入力してください。")]
    public int? StandardProcessingDays { get; set; }

    [Display(Name = "受付方法")]
    public List<string>? Channels { get; set; }

    [Display(Name = "オンラインの案内")]
    [StringLength(2000, ErrorMessage = "2,000文字以内で入力してください。")]
    public string? OnlineNote { get; set; }

    [Display(Name = "お知らせ")]
    [StringLength(2000, ErrorMessage = "2,000文字以内で入力してください。")]
    public string? Notes { get; set; }

    [Display(Name = "検索用のことば")]
    [StringLength(400, ErrorMessage = "400文字以内で入力してください。")]
    public string? Keywords { get; set; }

    [Display(Name = "最終確認日")]
    [Required(ErrorMessage = "最終確認日を入力してください。")]
    public DateOnly? LastVerified { get; set; }

    public static ProcedureInput From(CityProcedure p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new()
        {
            Department = p.Department, Summary = p.Summary, Who = p.Who, FeeYen = p.FeeYen, FeeText = p.FeeText, DeadlineText = p.DeadlineText,
            StandardProcessingDays = p.StandardProcessingDays, Channels = [.. p.Channels], OnlineNote = p.OnlineNote, Notes = p.Notes,
            Keywords = string.Join("、", p.Keywords), LastVerified = p.LastVerified,
        };
    }
}
