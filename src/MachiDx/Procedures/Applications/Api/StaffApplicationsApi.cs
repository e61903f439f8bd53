using System.Globalization;
using MachiDx.Platform;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Web;
using MachiDx.Procedures.Applications.Review;
using MachiDx.Procedures.Data;
using MachiDx.Procedures.Forms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Applications.Api;

/// <summary>
/// The back-office inbox over JSON: the same visibility as the inbox page (<see cref="StaffAccess"/>: the staff
/// member's department, everything for the tenant administrator) and the same status moves (<see cref="ReviewDesk"/>,
/// audited, with notices through the outbox). An application the caller may not see is a 404.
/// </summary>
internal static class StaffApplicationsApi
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(ProceduresApiPaths.StaffApplications, ListAsync).RequireAuthorization(Policies.Staff)
            .WithName("ListDepartmentApplications")
            .WithSummary("所属の課の申請一覧。status（省略時は処理中のもの）・procedure・overdue・assignee（me・none）で絞り込み (The department's applications, filtered and paged)")
            .WithTags("Applications");
        app.MapGet(ProceduresApiPaths.StaffApplication, GetAsync).RequireAuthorization(Policies.Staff)
            .WithName("GetDepartmentApplication").WithSummary("所属の課の申請1件と経過（内部メモを含む） (One application of the department with its full timeline)").WithTags("Applications");
        app.MapPost(ProceduresApiPaths.StaffTransitions, MoveAsync).RequireAuthorization(Policies.Staff)
            .WithName("MoveDepartmentApplication")
            .WithSummary("申請の状態を進める：accept・start-review・complete・reject（理由が必要） (Move an application: accept, start review, complete, reject with a reason)")
            .WithTags("Applications");
    }

    private static async Task<Results<Ok<ApplicationPage<StaffApplicationSummary>>, ValidationProblem>> ListAsync(
        string? status, string? procedure, bool? overdue, string? assignee, int? page, int? pageSize,
        StaffAccess access, CurrentActor actor, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ApplicationStatus? wanted = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (Enum.TryParse<ApplicationStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(status[0]))
            {
                wanted = parsed;
            }
            else
            {
                errors["status"] = ["status は " + string.Join("・", Enum.GetNames<ApplicationStatus>()) + " のいずれかで指定してください。"];
            }
        }

        Guid? assigneeId = null;
        if (!string.IsNullOrEmpty(assignee) && assignee is not ("me" or "none"))
        {
            if (Guid.TryParse(assignee, CultureInfo.InvariantCulture, out var id))
            {
                assigneeId = id;
            }
            else
            {
                errors["assignee"] = ["assignee は me・none または職員のIDで指定してください。"];
            }
        }

        var (number, size) = Paging.Read(page, pageSize, DefaultPageSize, MaxPageSize, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        var today = JapanTime.Today(time);
        var query = (await access.VisibleAsync(ct)).AsNoTracking();
        query = wanted is { } s
            ? query.Where(a => a.Status == s)
            : query.Where(a => a.Status != ApplicationStatus.Completed && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn);
        if (!string.IsNullOrEmpty(procedure))
        {
            query = query.Where(a => a.ProcedureCode == procedure);
        }

        if (overdue is { } late)
        {
            query = late
                ? query.Where(a => a.DueDate < today && a.Status != ApplicationStatus.Completed && a.Status != ApplicationStatus.Rejected && a.Status != ApplicationStatus.Withdrawn)
                : query.Where(a => a.DueDate == null || a.DueDate >= today || a.Status == ApplicationStatus.Completed || a.Status == ApplicationStatus.Rejected || a.Status == ApplicationStatus.Withdrawn);
        }

        var me = actor.UserId;
        query = assignee switch
        {
            "me" => query.Where(a => a.AssigneeId == me),
            "none" => query.Where(a => a.AssigneeId == null),
            _ when assigneeId is { } id => query.Where(a => a.AssigneeId == id),
            _ => query,
        };

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(a => a.DueDate).ThenBy(a => a.SubmittedAtUtc).ThenBy(a => a.ReceiptNumber)
            .Skip(Paging.Offset(number, size)).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new ApplicationPage<StaffApplicationSummary>([.. rows.Select(a => StaffApplicationSummary.From(a, today))], number, size, total));
    }

    private static async Task<Results<Ok<ApplicationDetail>, ProblemHttpResult>> GetAsync(
        string receiptNumber, StaffAccess access, ProceduresDbContext db, FormLibrary forms, CancellationToken ct)
    {
        var application = await (await access.VisibleAsync(ct)).AsNoTracking().SingleOrDefaultAsync(a => a.ReceiptNumber == receiptNumber, ct);
        return application is null ? ApiProblems.NotFound("申請") : TypedResults.Ok(await DetailAsync(db, forms, application, ct));
    }

    private static async Task<Results<Ok<ApplicationDetail>, ProblemHttpResult>> MoveAsync(
        string receiptNumber, StaffTransitionInput input, StaffAccess access, ProceduresDbContext db, ReviewDesk desk, FormLibrary forms, CancellationToken ct)
    {
        var application = await (await access.VisibleAsync(ct)).SingleOrDefaultAsync(a => a.ReceiptNumber == receiptNumber, ct);
        if (application is null)
        {
            return ApiProblems.NotFound("申請");
        }

        if (await desk.MoveAsync(application, input.Target, input.Message, ct) is { } refusal)
        {
            return refusal.ToProblem("申請の状態を変更できませんでした。");
        }

        return TypedResults.Ok(await DetailAsync(db, forms, application, ct));
    }

    private static async Task<ApplicationDetail> DetailAsync(ProceduresDbContext db, FormLibrary forms, Application application, CancellationToken ct)
    {
        var events = await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == application.Id).OrderBy(e => e.AtUtc).ToListAsync(ct);
        return ApplicationDetail.From(application, events, forms.Find(application.ProcedureCode));
    }
}
