using System.Text;
using MachiDx.Platform;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Procedures.Kpi.Import;

/// <summary>Staff import a month's counter, mail and phone counts from a spreadsheet, all or nothing.</summary>
[Authorize(Policy = Policies.Staff)]
internal sealed class CaseImportModel(CaseCsvImporter importer, TenantContext tenant, TimeProvider time) : PageModel
{
    private const long MaxBytes = 1024 * 1024;

    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetSample()
    {
        var today = JapanTime.Today(time);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return File(CsvText.Bytes(CaseCsvImporter.Sample(lastMonth)), "text/csv; charset=utf-8", "case-counts-sample.csv");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Fail(["CSVファイルを選んでください。"]);
        }

        if (file.Length > MaxBytes)
        {
            return Fail(["ファイルが大きすぎます（1MBまで）。"]);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (rows, errors) = await importer.ParseAsync(buffer.ToArray(), ct);
        if (rows is null)
        {
            return Fail(errors);
        }

        if (await importer.ApplyAsync(rows, ct) is not { } done)
        {
            return Fail(["同じ月の件数が、ほぼ同時にほかの取り込みで登録されました。一覧で確かめてから、必要であればもう一度取り込んでください。"]);
        }

        Message = done;
        return Redirect($"/{CityCode}/staff/procedures/kpi/cases/import");
    }

    private PageResult Fail(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
