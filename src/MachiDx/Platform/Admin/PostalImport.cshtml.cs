using MachiDx.Platform.Identity;
using MachiDx.Platform.Postal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Platform.Admin;

/// <summary>
/// The platform administrator replaces the postal code directory with Japan Post's KEN_ALL.CSV: parsed in full
/// first (any malformed line: nothing is imported), then written in one transaction.
/// </summary>
[Authorize(Policy = Policies.PlatformAdmin)]
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class PostalImportModel(PostalDirectory directory) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public int Count { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Count = await directory.CountAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return await FailAsync(["KEN_ALL.CSVを選んでください。"], ct);
        }

        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }

        var parsed = KenAllParser.Parse(bytes);
        if (!parsed.Succeeded)
        {
            return await FailAsync(parsed.Errors, ct);
        }

        await directory.ReplaceAllAsync(parsed.Records, ct);
        Message = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parsed.Records.Count:#,0}件の住所を取り込みました（以前の郵便番号データはすべて置き換えました）。");
        return Redirect(Request.Path);
    }

    private async Task<IActionResult> FailAsync(IReadOnlyList<string> errors, CancellationToken ct)
    {
        Errors = errors;
        Count = await directory.CountAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
