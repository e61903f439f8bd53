namespace MachiDx.Platform.Tenancy;

/// <summary>An immutable snapshot of a municipality, cached for request routing.</summary>
public sealed record MunicipalityInfo(
    int Id,
    string Code,
    string Name,
    string Kana,
    string Prefecture,
    string LocalGovernmentCode);
