using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Wallet.Compliance;

/// <summary>The report draft of one snapshot as a CSV download.</summary>
[Authorize(Policy = WalletPolicies.Treasury)]
public sealed class ReportCsvModel(SnapshotDesk desk) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string baseDate, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(baseDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || await desk.FindAsync(date, ct) is not { } snapshot)
        {
            return NotFound();
        }

        return File(ComplianceReport.Csv(snapshot), "text/csv; charset=utf-8", ComplianceReport.FileName(date));
    }
}
