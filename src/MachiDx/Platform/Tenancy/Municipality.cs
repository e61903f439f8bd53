namespace MachiDx.Platform.Tenancy;

/// <summary>A municipality (自治体) served by this deployment. The tenant of every municipality-owned row.</summary>
public sealed class Municipality
{
    public int Id { get; set; }

    /// <summary>URL code, e.g. "okawa" in /okawa/.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Kana { get; set; }

    public required string Prefecture { get; set; }

    /// <summary>全国地方公共団体コード (6 digits with check digit).</summary>
    public required string LocalGovernmentCode { get; set; }

    /// <summary>Per-city settings as JSON, owned by the modules that read them.</summary>
    public string SettingsJson { get; set; } = "{}";

    public DateTime CreatedAtUtc { get; set; }

    public MunicipalityInfo ToInfo() => new(Id, Code, Name, Kana, Prefecture, LocalGovernmentCode);
}
