namespace MachiDx.Insight.DigiLab.Request;

/// <summary>The kind of tool a request is for (how Kitakyushu's デジラボ counts its hours).</summary>
public enum ServiceType
{
    AiMinutes,
    Rpa,
    AiOcr,
    Other,
}
