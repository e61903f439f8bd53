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

    public bool Finished => Job.Status is JobStatus.Succeeded or JobStatus.Failed;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The same facts as JSON, for the page's progressive enhancement.</summary>
    public async Task<IActionResult> OnGetJsonAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct)
            ? new JsonResult(new { Job.Percent, StatusText, Job.Message, Finished })
            : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
        Job = job!;
        return job is not null;
    }
}
