namespace MachiDx.Platform.Identity;

/// <summary>Claim types MachiDX adds to a signed-in principal.</summary>
public static class MachiDxClaims
{
    public const string MunicipalityId = "machidx:municipality";
    public const string DisplayName = "machidx:name";
    public const string Kind = "machidx:kind";
}
