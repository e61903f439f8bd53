namespace MachiDx.Personnel.Engine.Draft;

/// <summary>How departments with equal per-capita overtime are ordered (applied in the configured sequence; department code last).</summary>
public enum TieBreak
{
    /// <summary>More total overtime hours first.</summary>
    MoreTotalHours = 0,

    /// <summary>Fewer staff first (small departments feel a gap most).</summary>
    FewerStaff = 1,

    /// <summary>Hash of the season's published commitment and the department code: verifiable, not choosable.</summary>
    CommitmentHash = 2,
}
