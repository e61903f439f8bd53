using System.ComponentModel.DataAnnotations;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Personnel.FreeAgency;
using MachiDx.Personnel.Roster;
using MachiDx.Personnel.Seasons;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Home;

/// <summary>人事交流: my eligibility with reasons, my nominations (profile/wish), FA宣言, and declarations I may see.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PersonnelHomeModel(PersonnelDbContext db, PersonnelActor actor, Declarations declarations, SeasonDraft draft, CandidateRankings rankings, StaffDirectory directory) : PageModel
{
    public StaffRecord? Me { get; private set; }

    public EligibilityResult? Eligibility { get; private set; }

    public DateOnly Today => declarations.Today;

    public IReadOnlyList<(Nomination Nomination, DraftSeason Season)> MyNominations { get; private set; } = [];

    /// <summary>Per season I am nominated in: whether I may still rank departments, which ones, and my ranks.</summary>
    public IReadOnlyDictionary<Guid, NomineeRanking> MyRankings { get; private set; } = new Dictionary<Guid, NomineeRanking>();

    public Guid? RankingErrorSeason { get; private set; }

    public string? RankingError { get; private set; }

    /// <summary>What the nominee typed, shown again with the error so nothing has to be re-entered.</summary>
    public IReadOnlyDictionary<string, int?> PostedRanks { get; private set; } = new Dictionary<string, int?>();

    public IReadOnlyList<Secondment> MySecondments { get; private set; } = [];

    public IReadOnlyList<FaDeclaration> Visible { get; private set; } = [];

    public IReadOnlyList<DepartmentSummary> Departments { get; private set; } = [];

    public IReadOnlyList<DraftSeason> OpenSeasons { get; private set; } = [];

    [BindProperty]
    public DeclareInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDeclareAsync(CancellationToken ct)
    {
        var me = await actor.RecordAsync(ct);
        if (me is null)
        {
            return Forbid();
        }

        if (ModelState.IsValid && await declarations.DeclareAsync(me, Input.TargetDepartment!, Input.Plan!, ct) is { } refusal)
        {
            // Every refusal of a declaration concerns the choice of department (eligibility, own department, one at a time).
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.TargetDepartment), refusal.Message);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        Message = "FA宣言を提出しました。人事課が確認します（現在の所属には知らされません）。";
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostProfileAsync(Guid nominationId, string? profile, CancellationToken ct)
    {
        var me = await actor.RecordAsync(ct);
        if (me is null || await draft.SaveProfileAsync(nominationId, me.Id, profile?.Length > 400 ? profile[..400] : profile, ct) is not null)
        {
            return NotFound();
        }

        Message = "自己紹介・希望を保存しました。";
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostRankingAsync(Guid seasonId, Dictionary<string, int?> ranks, CancellationToken ct)
    {
        var me = await actor.RecordAsync(ct);
        var chosen = (ranks ?? []).Where(r => r.Value is > 0).ToList();
        if (me is null)
        {
            return NotFound();
        }

        var refusal = chosen.Select(r => r.Value).Distinct().Count() != chosen.Count
            ? Refusal.Invalid("同じ順位が複数あります。1、2、3…と重ならないように入力してください。", "ranks")
            : await rankings.SaveAsync(seasonId, me.Id, [.. chosen.OrderBy(r => r.Value).Select(r => r.Key)], ct);
        if (refusal is { Kind: RefusalKind.NotFound })
        {
            return NotFound();
        }

        if (refusal is not null)
        {
            RankingErrorSeason = seasonId;
            RankingError = refusal.Message;
            PostedRanks = ranks ?? [];
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Message = chosen.Count == 0 ? "行きたい部署の希望を取り消しました。" : "行きたい部署の希望を保存しました。";
        return Redirect(Request.Path);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = await actor.RecordAsync(ct);
        Departments = await directory.DepartmentsAsync(ct);
        OpenSeasons = await db.Seasons.AsNoTracking().Where(s => s.Phase <= SeasonPhase.Drafting || s.Phase == SeasonPhase.Published).OrderByDescending(s => s.CreatedAtUtc).ToListAsync(ct);
        if (Me is not null)
        {
            Eligibility = EligibilityEvaluator.Evaluate(EligibilityRules.Default, Me.Facts(), Today);
            var mine = await db.Nominations.AsNoTracking().Where(n => n.StaffRecordId == Me.Id)
                .Join(db.Seasons.AsNoTracking(), n => n.SeasonId, s => s.Id, (n, s) => new { n, s }).ToListAsync(ct);
            MyNominations = [.. mine.Where(x => x.s.Phase <= SeasonPhase.Drafting).Select(x => (x.n, x.s))];
            var myRankings = new Dictionary<Guid, NomineeRanking>();
            foreach (var (n, s) in MyNominations)
            {
                var stated = (await rankings.ForSeasonAsync(s.Id, ct)).GetValueOrDefault(Me.Id) ?? [];
                var participating = (await rankings.ParticipatingAsync(s.Id, ct)).Where(code => code != n.DepartmentCode).Order(StringComparer.Ordinal).ToList();
                myRankings[s.Id] = new NomineeRanking(await rankings.IsOpenAsync(s, ct), participating, stated.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i + 1));
            }

            MyRankings = myRankings;
            MySecondments = await db.Secondments.AsNoTracking()
                .Where(x => x.StaffRecordId == Me.Id && db.Seasons.Any(s => s.Id == x.SeasonId && s.Phase == SeasonPhase.Published))
                .OrderByDescending(x => x.StartDate).ToListAsync(ct);
        }

        Visible = await declarations.VisibleAsync(Me, User.IsInRole(Roles.HrAdmin), ct);
    }

    public string DepartmentName(string code) => Departments.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    public sealed record NomineeRanking(bool Open, IReadOnlyList<string> Departments, IReadOnlyDictionary<string, int> Ranks);

    public sealed class DeclareInput
    {
        [Display(Name = "希望する部署")]
        [Required(ErrorMessage = "希望する部署を選んでください。")]
        public string? TargetDepartment { get; set; }

        [Display(Name = "改善したいこと（取組の計画）")]
        [Required(ErrorMessage = "改善したいことを入力してください。")]
        [StringLength(2000, MinimumLength = 20, ErrorMessage = "改善したいことは20〜2000文字で入力してください。")]
        public string? Plan { get; set; }
    }
}
