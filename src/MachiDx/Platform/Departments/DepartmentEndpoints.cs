using System.ComponentModel.DataAnnotations;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Security;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Departments;

/// <summary>The city's departments: staff list them, the tenant administrator adds them (audited).</summary>
internal static class DepartmentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet(ApiPaths.Departments, ListAsync).RequireAuthorization(Policies.Staff)
            .WithName("ListDepartments").WithSummary("部署の一覧 (List departments)").WithTags("Departments");
        api.MapPost(ApiPaths.Departments, CreateAsync).RequireAuthorization(Policies.TenantAdmin)
            .WithName("CreateDepartment").WithSummary("部署を追加する (Add a department)").WithTags("Departments");
    }

    private static async Task<Ok<List<DepartmentView>>> ListAsync(PlatformDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Code)
            .Select(d => new DepartmentView(d.Id, d.Code, d.Name)).ToListAsync(ct));

    private static async Task<Results<Created<DepartmentView>, ValidationProblem>> CreateAsync(
        DepartmentInput input, DepartmentCatalog catalog, CancellationToken ct)
    {
        var result = await catalog.AddAsync(input, ct);
        return result.Department is { } d
            ? TypedResults.Created($"{ApiPaths.Root}/departments/{d.Id}", d)
            : ApiProblems.Validation(result.Errors);
    }
}

public sealed record DepartmentView(Guid Id, string Code, string Name);

public sealed class DepartmentInput
{
    [Display(Name = "部署コード")]
    [Required(ErrorMessage = "部署コードを入力してください。")]
    [StringLength(40, ErrorMessage = "部署コードは40文字以内で入力してください。")]
    [RegularExpression("^[a-z][a-z0-9-]*$", ErrorMessage = "部署コードは半角英小文字・数字・ハイフンで入力してください（例: shimin）。")]
    public string? Code { get; set; }

    [Display(Name = "部署名")]
    [Required(ErrorMessage = "部署名を入力してください。")]
    [StringLength(60, ErrorMessage = "部署名は60文字以内で入力してください。")]
    [NoDirectionControls]
    public string? Name { get; set; }
}
