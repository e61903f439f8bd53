using System.Security.Claims;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Draft;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Personnel.FreeAgency;
using MachiDx.Personnel.Seasons;
using MachiDx.Personnel.Seasons.Board;
using MachiDx.Platform;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel;

/// <summary>
/// Personnel over JSON, read-only: seasons (with the frozen order, results and the lottery's commitment and
/// revealed seed), the board, secondments, the caller's eligibility; the roster and FA declarations for HR
/// only. The same visibility rules as the pages: the meeting's progress only for HR and selectors until results
/// are published; FA declarations never except to HR (and every HR read is audited).
/// </summary>
internal static class PersonnelApi
{
    private const string Tag = "Personnel";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(PersonnelApiPaths.Seasons, ListSeasonsAsync).RequireAuthorization(Policies.Staff)
            .WithName("ListDraftSeasons").WithSummary("ドラフトのシーズンの一覧 (List draft seasons)").WithTags(Tag);
        app.MapGet(PersonnelApiPaths.Season, GetSeasonAsync).RequireAuthorization(Policies.Staff)
            .WithName("GetDraftSeason").WithSummary("シーズンの詳細：状況・日程・確定した指名順・抽選シードのハッシュと公開後のシード・公表済みの結果 (One season)").WithTags(Tag);
        app.MapGet(PersonnelApiPaths.Board, GetBoardAsync).RequireAuthorization(Policies.Staff)
            .WithName("GetDraftBoard").WithSummary("ドラフト会議ボード：これまでの入札・指名 (The board: picks so far)").WithTags(Tag);
        app.MapGet(PersonnelApiPaths.Secondments, ListSecondmentsAsync).RequireAuthorization(Policies.Staff)
            .WithName("ListSecondments").WithSummary("シーズンの結果としての派遣（推薦） (Secondments recorded for a season)").WithTags(Tag);
        app.MapGet(PersonnelApiPaths.MyEligibility, GetMyEligibilityAsync).RequireAuthorization(Policies.Staff)
            .WithName("GetMyPersonnelEligibility").WithSummary("自分のドラフト・FA宣言の対象状況と理由 (The caller's eligibility, with reasons)").WithTags(Tag);
        app.MapGet(PersonnelApiPaths.Staff, ListStaffAsync).RequireAuthorization(Policies.HrAdmin)
            .WithName("ListStaffRecords").WithSummary("職員名簿（人事課のみ・ページ単位） (The roster, HR only, paged)").WithTags(Tag);
        app.MapGet(PersonnelApiPaths.Declarations, ListDeclarationsAsync).RequireAuthorization(Policies.HrAdmin)
            .WithName("ListFaDeclarations").WithSummary("FA宣言の一覧（人事課のみ・閲覧は記録されます） (FA declarations, HR only, reads audited)").WithTags(Tag);
    }

    private static async Task<Ok<List<SeasonSummary>>> ListSeasonsAsync(PersonnelDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Seasons.AsNoTracking().OrderByDescending(s => s.CreatedAtUtc).ToListAsync(ct)).Select(Summary).ToList());

    private static async Task<Results<Ok<SeasonResponse>, ProblemHttpResult>> GetSeasonAsync(
        Guid id, PersonnelDbContext db, PersonnelActor actor, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } season)
        {
            return ApiProblems.NotFound("シーズン");
        }

        var isHr = user.IsInRole(Roles.HrAdmin);
        var participant = isHr || await actor.SelectorForAsync(ct) is not null;
        var order = participant || season.Phase == SeasonPhase.Published
            ? (await db.SeasonDepartments.AsNoTracking().Where(d => d.SeasonId == id).ToListAsync(ct)).OrderBy(d => d.Position)
                .Select(d => new PickOrderEntry(d.Position, d.DepartmentCode, d.DepartmentName, d.Headcount, d.TotalHours, d.PerCapita, d.Quota)).ToList()
            : null;
        var results = ResultsVisible(season, isHr) ? await SecondmentsAsync(db, id, ct) : null;
        return TypedResults.Ok(new SeasonResponse(
            Summary(season), season.NominationsPerDepartment, season.SecondmentMonths, season.OrderFrozenAtUtc, order,
            season.Seed, season.Seed is { } seed ? DraftLottery.Verify(seed, season.Commitment) : null, results));
    }

    private static async Task<Results<Ok<BoardSnapshot>, ProblemHttpResult>> GetBoardAsync(
        Guid id, PersonnelDbContext db, SeasonDraft draft, PersonnelActor actor, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } season)
        {
            return ApiProblems.NotFound("シーズン");
        }

        var participant = user.IsInRole(Roles.HrAdmin) || await actor.SelectorForAsync(ct) is not null;
        return TypedResults.Ok(await BoardSnapshot.LoadAsync(season, draft, participant, ct));
    }

    private static async Task<Results<Ok<List<SecondmentResponse>>, ProblemHttpResult>> ListSecondmentsAsync(
        Guid id, PersonnelDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.Seasons.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } season)
        {
            return ApiProblems.NotFound("シーズン");
        }

        return ResultsVisible(season, user.IsInRole(Roles.HrAdmin))
            ? TypedResults.Ok(await SecondmentsAsync(db, id, ct))
            : ApiProblems.Problem(StatusCodes.Status403Forbidden, "結果はまだ公表されていません。", "派遣の結果は、人事課が公表した後に見られます。");
    }

    private static async Task<Results<Ok<EligibilityResponse>, ProblemHttpResult>> GetMyEligibilityAsync(PersonnelActor actor, TimeProvider time, CancellationToken ct)
    {
        if (await actor.RecordAsync(ct) is not { } me)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "職員名簿にあなたの記録がありません。", "人事課にお問い合わせください。");
        }

        var today = JapanTime.Today(time);
        var result = EligibilityEvaluator.Evaluate(EligibilityRules.Default, me.Facts(), today);
        return TypedResults.Ok(new EligibilityResponse(
            me.StaffNumber, today, result.YearOfService, result.Age,
            new EligibilityVerdict(result.Draft, result.DraftReasons), new EligibilityVerdict(result.FreeAgent, result.FreeAgentReasons)));
    }

    private static async Task<Results<Ok<StaffPage>, ValidationProblem>> ListStaffAsync(int? page, int? pageSize, PersonnelDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (number, size) = Paging.Read(page, pageSize, defaultSize: 50, maxSize: 200, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        var total = await db.Staff.CountAsync(ct);
        var people = await db.Staff.AsNoTracking().Include(s => s.Evaluations).OrderBy(s => s.StaffNumber)
            .Skip(Paging.Offset(number, size)).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new StaffPage(number, size, total, [.. people.Select(p => new StaffRecordResponse(
            p.Id, p.StaffNumber, p.FullName, p.FullNameKana, p.DepartmentCode, p.JobType, p.Employment.ToString(), p.HireDate, p.BirthDate, p.OnLeave, p.IsSelector,
            [.. p.Evaluations.OrderByDescending(e => e.FiscalYear).Select(e => new EvaluationResponse(e.FiscalYear, e.Score, e.Band))]))]));
    }

    private static async Task<Ok<List<DeclarationSummary>>> ListDeclarationsAsync(Declarations declarations, PersonnelActor actor, CancellationToken ct) =>
        TypedResults.Ok((await declarations.VisibleAsync(await actor.RecordAsync(ct), isHr: true, ct))
            .Select(d => new DeclarationSummary(d.Id, d.CurrentDepartmentCode, d.TargetDepartmentCode, d.Status.ToString(), Declarations.StatusText(d.Status), d.DeclaredAtUtc, d.ScheduledMoveDate))
            .ToList());

    /// <summary>HR sees results once recorded; everyone else once published.</summary>
    private static bool ResultsVisible(DraftSeason season, bool isHr) =>
        season.Phase == SeasonPhase.Published || (isHr && season.Phase == SeasonPhase.Completed);

    private static async Task<List<SecondmentResponse>> SecondmentsAsync(PersonnelDbContext db, Guid seasonId, CancellationToken ct) =>
        (await db.Secondments.AsNoTracking().Where(x => x.SeasonId == seasonId)
            .Join(db.Staff.AsNoTracking(), x => x.StaffRecordId, s => s.Id, (x, s) => new { x, s.StaffNumber, s.FullName }).ToListAsync(ct))
        .OrderBy(r => r.x.ToDepartmentCode, StringComparer.Ordinal).ThenBy(r => r.StaffNumber, StringComparer.Ordinal)
        .Select(r => new SecondmentResponse(r.StaffNumber, r.FullName, r.x.FromDepartmentCode, r.x.ToDepartmentCode, r.x.StartDate, r.x.EndDate, r.x.CheckInDate, r.x.ReturnReminderDate))
        .ToList();

    private static SeasonSummary Summary(DraftSeason s) => new(
        s.Id, s.Name, s.Phase.ToString(), SeasonText.Phase(s.Phase), s.ReferenceDate, s.NominationDeadline, s.DraftDate, s.SecondmentStart, s.Commitment, s.SeedRevealed);
}
