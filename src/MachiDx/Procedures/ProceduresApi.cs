using MachiDx.Platform.Identity;
using MachiDx.Platform.Web;
using MachiDx.Procedures.Catalogue;
using MachiDx.Procedures.Contracts;
using MachiDx.Procedures.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures;

internal static class ProceduresApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(ProceduresApiPaths.Procedures, ListAsync).AllowAnonymous()
            .WithName("ListProcedures").WithSummary("この市の手続きの一覧 (List the city's procedures)").WithTags("Procedures");
        app.MapGet(ProceduresApiPaths.Procedure, GetAsync).AllowAnonymous()
            .WithName("GetProcedure").WithSummary("手続きの詳細 (Get one procedure)").WithTags("Procedures");
        app.MapGet(ProceduresApiPaths.Kpi, Kpi.Report.KpiEndpoint.GetAsync).RequireAuthorization(Policies.Staff)
            .WithName("GetProcedureKpi").WithSummary("手続き・月別のオンライン利用率 (Online usage per procedure per month for a fiscal year)").WithTags("Procedures");
        Applications.Api.ResidentApplicationsApi.Map(app);
        Applications.Api.StaffApplicationsApi.Map(app);
    }

    private static async Task<Ok<List<ProcedureSummary>>> ListAsync(ProceduresDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.CityProcedures.AsNoTracking().OrderBy(p => p.Kana).ToListAsync(ct))
            .Select(p => new ProcedureSummary(p.Code, p.Name, p.Kana, p.Category, p.Department, p.Channels, p.Verified)).ToList());

    private static async Task<Results<Ok<CityProcedure>, ProblemHttpResult>> GetAsync(string code, ProceduresDbContext db, CancellationToken ct)
    {
        var procedure = await db.CityProcedures.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct);
        return procedure is null ? ApiProblems.NotFound("手続き") : TypedResults.Ok(procedure);
    }
}
