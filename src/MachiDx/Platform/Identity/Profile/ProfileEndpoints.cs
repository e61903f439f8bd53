using MachiDx.Platform.Data;
using MachiDx.Platform.Identity.Register;
using MachiDx.Platform.Tenancy;
using MachiDx.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Identity.Profile;

/// <summary>A resident reads and edits their own profile; staff read a resident's profile in their own city.</summary>
internal static class ProfileEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet(ApiPaths.Me, GetMineAsync).RequireAuthorization(Policies.Resident)
            .WithName("GetMyProfile").WithSummary("自分のプロフィールを取得する (Get my profile)").WithTags("Identity");
        api.MapPut(ApiPaths.Me, UpdateMineAsync).RequireAuthorization(Policies.Resident)
            .WithName("UpdateMyProfile").WithSummary("自分の連絡先を更新する (Update my contact details)").WithTags("Identity");
        api.MapGet(ApiPaths.Resident, GetResidentAsync).RequireAuthorization(Policies.Staff)
            .WithName("GetResident").WithSummary("住民のプロフィールを取得する（職員） (Staff: get a resident's profile)").WithTags("Identity");
    }

    private static async Task<Results<Ok<ProfileView>, ProblemHttpResult>> GetMineAsync(
        CurrentActor actor, PlatformDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var profile = await db.ResidentProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == actor.UserId, ct);
        return profile is null ? ApiProblems.NotFound("プロフィール") : TypedResults.Ok(ProfileView.From(profile, tenant.Required.Code));
    }

    private static async Task<Results<Ok<ProfileView>, ProblemHttpResult>> UpdateMineAsync(
        ProfileInput input, CurrentActor actor, PlatformDbContext db, TenantContext tenant, TimeProvider time, CancellationToken ct)
    {
        var profile = await db.ResidentProfiles.SingleOrDefaultAsync(p => p.UserId == actor.UserId, ct);
        if (profile is null)
        {
            return ApiProblems.NotFound("プロフィール");
        }

        Apply(profile, input, time);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ProfileView.From(profile, tenant.Required.Code));
    }

    private static async Task<Results<Ok<ProfileView>, ProblemHttpResult>> GetResidentAsync(
        Guid userId, PlatformDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var profile = await db.ResidentProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        return profile is null ? ApiProblems.NotFound("住民") : TypedResults.Ok(ProfileView.From(profile, tenant.Required.Code));
    }

    internal static void Apply(ResidentProfile profile, ProfileInput input, TimeProvider time)
    {
        profile.PostalCode = ResidentRegistration.Digits(input.PostalCode!);
        profile.Address = ResidentRegistration.Normalize(input.Address!);
        profile.Phone = ResidentRegistration.Normalize(input.Phone!);
        profile.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
    }
}
