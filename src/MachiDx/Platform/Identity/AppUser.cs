using Microsoft.AspNetCore.Identity;

namespace MachiDx.Platform.Identity;

/// <summary>
/// A sign-in identity. Credentials only: personal data lives in tenant-owned rows
/// (<see cref="ResidentProfile"/>, <see cref="StaffMember"/>). Every user except a platform
/// administrator belongs to exactly one municipality, and the user name is qualified by it
/// ("okawa/taro@example.jp"), so the same e-mail address may hold separate accounts in two cities.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public int? MunicipalityId { get; set; }

    public UserKind Kind { get; set; }

    /// <summary>Name shown in the header and recorded as the actor in audit entries.</summary>
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public static string QualifiedUserName(string municipalityCode, string email) =>
        municipalityCode + "/" + email.Trim();
}
