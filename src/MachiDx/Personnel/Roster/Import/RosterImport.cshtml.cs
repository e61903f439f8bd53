using MachiDx.Platform.Identity;
using MachiDx.Platform.Jobs;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace MachiDx.Personnel.Roster.Import;

/// <summary>HR uploads the roster CSV (and optionally the evaluations/overtime CSV). Large files are written by a background job with progress.</summary>
[Authorize(Policy = Policies.HrAdmin)]
public sealed class RosterImportModel(RosterImporter importer, JobRunner jobs, TenantContext tenant, CurrentActor actor, IOptions<PersonnelOptions> options) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetSample(string kind) =>
        File(MachiDx.Platform.Files.CsvText.Bytes(kind == "records" ? RosterCsvFormat.RecordsSample : RosterCsvFormat.StaffSample),
            "text/csv; charset=utf-8", kind == "records" ? "records-sample.csv" : "staff-sample.csv");

    public async Task<IActionResult> OnPostAsync(IFormFile? staffFile, IFormFile? recordsFile, CancellationToken ct)
    {
        if (staffFile is null || staffFile.Length == 0)
        {
            Errors = ["職員名簿のCSVファイルを選んでください。"];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var (import, errors) = await importer.ParseAsync(await ReadAsync(staffFile, ct), recordsFile is null ? null : await ReadAsync(recordsFile, ct), ct);
        if (import is null)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (import.RowCount > options.Value.BackgroundImportRows)
        {
            var id = await jobs.StartAsync(tenant.Required, "personnel.roster-import", "職員名簿の取り込み", actor.UserId,
                (job, token) => job.Services.GetRequiredService<RosterImporter>().ApplyAsync(import, (done, total) => job.ReportAsync(done, total, $"{done}／{total}行を処理しています。"), token), ct);
            return Redirect($"/{tenant.Required.Code}/staff/jobs/{id}");
        }

        Message = await importer.ApplyAsync(import, (_, _) => Task.CompletedTask, ct);
        return Redirect(Request.Path);
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
