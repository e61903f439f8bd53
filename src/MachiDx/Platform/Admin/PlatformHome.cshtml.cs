using MachiDx.Platform.Audit;
using MachiDx.Platform.Data;
using MachiDx.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Admin;

/// <summary>The platform administrator's overview across municipalities (counts only, no personal data).</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class PlatformHomeModel(PlatformDbContext db, AuditVerifier verifier) : PageModel
{
    public IReadOnlyList<MunicipalityRow> Rows { get; private set; } = [];

    public bool AuditIntact { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await db.Users.Where(u => u.MunicipalityId != null)
            .GroupBy(u => new { u.MunicipalityId, u.Kind })
            .Select(g => new { g.Key.MunicipalityId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        Rows = (await db.Municipalities.AsNoTracking().OrderBy(m => m.LocalGovernmentCode).ToListAsync(ct))
            .Select(m => new MunicipalityRow(m.Code, m.Name, m.LocalGovernmentCode,
                counts.Where(c => c.MunicipalityId == m.Id && c.Kind == UserKind.Resident).Sum(c => c.Count),
                counts.Where(c => c.MunicipalityId == m.Id && c.Kind == UserKind.Staff).Sum(c => c.Count)))
            .ToList();
        AuditIntact = (await verifier.VerifyAsync(null, null, ct)).All(r => r.Intact);
    }
}

public sealed record MunicipalityRow(string Code, string Name, string LocalGovernmentCode, int Residents, int Staff);
