namespace MachiDx.Platform.Identity.Profile;

/// <summary>A resident's profile as the API returns it.</summary>
public sealed record ProfileView(
    Guid UserId, string Municipality, string FullName, string FullNameKana, DateOnly BirthDate,
    string PostalCode, string Address, string Phone, string Email)
{
    public static ProfileView From(ResidentProfile p, string municipalityCode) =>
        new(p.UserId, municipalityCode, p.FullName, p.FullNameKana, p.BirthDate, p.PostalCode, p.Address, p.Phone, p.Email);
}
