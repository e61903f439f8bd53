using MachiDx.Platform.Identity;
using MachiDx.Platform.Web;
using MachiDx.Procedures.Applications.Mine;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications.Api;

/// <summary>
/// 申請状況 over JSON for the signed-in resident: own applications only (anyone else's receipt number is a 404,
/// exactly like an unknown one), the timeline without internal notes, and 取下げ through <see cref="ApplicantDesk"/>.
/// </summary>
internal static class ResidentApplicationsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(ProceduresApiPaths.Applications, ListAsync).RequireAuthorization(Policies.Resident)
            .WithName("ListMyApplications").WithSummary("自分の申請の一覧 (The caller's applications, newest first)").WithTags("Applications");
        app.MapGet(ProceduresApiPaths.Application, GetAsync).RequireAuthorization(Policies.Resident)
            .WithName("GetMyApplication").WithSummary("自分の申請の状況と経過、補正のお願い (One of the caller's applications with its timeline and correction requests)").WithTags("Applications");
        app.MapPost(ProceduresApiPaths.Withdraw, WithdrawAsync).RequireAuthorization(Policies.Resident)
            .WithName("WithdrawMyApplication").WithSummary("自分の申請を取り下げる (Withdraw one of the caller's open applications)").WithTags("Applications");
    }

    private static async Task<Ok<List<ApplicationSummary>>> ListAsync(ProceduresDbContext db, CurrentActor actor, CancellationToken ct)
    {
        var me = actor.UserId;
        var rows = await db.Applications.AsNoTracking().Where(a => a.ApplicantId == me).OrderByDescending(a => a.SubmittedAtUtc).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ApplicationSummary.From).ToList());
    }

    private static async Task<Results<Ok<ApplicationDetail>, ProblemHttpResult>> GetAsync(
        string receiptNumber, ProceduresDbContext db, FormLibrary forms, CurrentActor actor, CancellationToken ct)
    {
        var application = await OwnAsync(db, actor, receiptNumber, ct);
        return application is null ? ApiProblems.NotFound("申請") : TypedResults.Ok(await DetailAsync(db, forms, application, ct));
    }

    private static async Task<Results<Ok<ApplicationDetail>, ProblemHttpResult>> WithdrawAsync(
        string receiptNumber, ProceduresDbContext db, FormLibrary forms, ApplicantDesk desk, CurrentActor actor, CancellationToken ct)
    {
        var application = await OwnAsync(db, actor, receiptNumber, ct);
        if (application is null)
        {
            return ApiProblems.NotFound("申請");
        }

        if (await desk.WithdrawAsync(application, ct) is { } refusal)
        {
            return refusal.ToProblem("この申請は取り下げられません。");
        }

        return TypedResults.Ok(await DetailAsync(db, forms, application, ct));
    }

    private static Task<Application?> OwnAsync(ProceduresDbContext db, CurrentActor actor, string receiptNumber, CancellationToken ct)
    {
        var me = actor.UserId;
        return db.Applications.SingleOrDefaultAsync(a => a.ReceiptNumber == receiptNumber && a.ApplicantId == me, ct);
    }

    private static async Task<ApplicationDetail> DetailAsync(ProceduresDbContext db, FormLibrary forms, Application application, CancellationToken ct)
    {
        // Internal notes and assignments are for staff only.
        var events = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == application.Id && !e.Internal).OrderBy(e => e.AtUtc).ToListAsync(ct);
        return ApplicationDetail.From(application, events, forms.Find(application.ProcedureCode));
    }
}
