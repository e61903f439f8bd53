using MachiDx.Activities.Data;
using MachiDx.Activities.Rewards;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Mine;

/// <summary>The resident's own rewards with their reasons, including those not granted and why.</summary>
[Authorize(Policy = Policies.Resident)]
public sealed class MyRewardsModel(ActivitiesDbContext db, RewardIssuer issuer, TenantContext tenant, CurrentActor actor) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<RewardGrant> Grants { get; private set; } = [];

    public RewardPolicy Policy { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = actor.UserId!.Value;
        Policy = await issuer.PolicyAsync(ct);
        Grants = await db.Grants.AsNoTracking().Where(g => g.ResidentId == me).OrderByDescending(g => g.CreatedAtUtc).Take(100).ToListAsync(ct);
    }
}
