using MachiDx.Insight.DigiLab.Usage;
using MachiDx.Insight.Inventory.Import;
using MachiDx.Insight.Shared;
using MachiDx.Insight.Workload.Import;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Insight.Import;

/// <summary>
/// The three CSV imports of the module on one page, each all-or-nothing: inventory (any staff, for departments they may
/// edit), attendance (人事・DX推進・管理者) and DigiLab usage volumes (DX推進).
/// </summary>
[Authorize(Policy = InsightPolicies.Staff)]
public sealed class ImportPageModel(IServiceProvider services, IAuthorizationService authorization, TenantContext tenant, StaffDirectory directory, CurrentActor actor, TimeProvider time)
    : InsightPage(tenant, directory, actor, time)
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public ImportKind Spec => ImportKind.All.First(k => k.Key == Kind);

    public async Task<IActionResult> OnGetAsync() => await AllowedAsync() is { } denied ? denied : Page();

    public async Task<IActionResult> OnGetSampleAsync() =>
        await AllowedAsync() is { } denied ? denied : File(CsvText.Bytes(Spec.Sample), "text/csv; charset=utf-8", Kind + "-sample.csv");

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (await AllowedAsync() is { } denied)
        {
            return denied;
        }

        if (file is null || file.Length == 0)
        {
            return Failed(["CSVファイルを選んでください。"]);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var (count, errors) = Kind switch
        {
            "inventory" => await services.GetRequiredService<InventoryImporter>().ImportAsync(bytes, User, ct),
            "attendance" => await services.GetRequiredService<AttendanceImporter>().ImportAsync(bytes, ct),
            _ => await services.GetRequiredService<UsageImporter>().ImportAsync(bytes, ct),
        };
        if (errors.Count > 0)
        {
            return Failed(errors);
        }

        Message = $"{count}行を取り込みました。";
        return Redirect(Request.Path);
    }

    private PageResult Failed(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> AllowedAsync()
    {
        if (ImportKind.All.All(k => k.Key != Kind))
        {
            return NotFound();
        }

        return Spec.Policy is null || (await authorization.AuthorizeAsync(User, Spec.Policy)).Succeeded ? null : Forbid();
    }
}
