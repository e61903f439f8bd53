using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Jobs.Status;

[Authorize(Policy = Policies.Staff)]
public sealed class JobStatusModel(PlatformDbContext db) : PageModel
{
    public JobRecord Job { get; private set; } = null!;

    public string StatusText => Job.Status switch
    {
        JobStatus.Queued => "開始待ち",
        JobStatus.Running => "処理中",
        JobStatus.Succeeded => "完了",
        _ => "中断（エラー）",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
        if (job is null)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }
}
