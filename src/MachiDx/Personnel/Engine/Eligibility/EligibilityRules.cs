namespace MachiDx.Personnel.Engine.Eligibility;

/// <summary>
/// A versioned rule set, copied into each season so a season is always judged by the rules it was run with.
/// Defaults follow the seed proposal (draft: 3rd–5th year OR under 30; FA: 3rd year or later AND the
/// latest evaluation at or above a threshold).
/// </summary>
public sealed record EligibilityRules
{
    public int Version { get; init; } = 1;

    public int DraftFromYear { get; init; } = 3;

    public int DraftToYear { get; init; } = 5;

    /// <summary>Draft-eligible also when younger than this on the reference date.</summary>
    public int DraftUnderAge { get; init; } = 30;

    public int FaFromYear { get; init; } = 3;

    /// <summary>Latest evaluation score needed for FA (e.g. 3.5 on a 5-point scale).</summary>
    public double FaMinScore { get; init; } = 3.5;

    public bool ExcludeOnLeave { get; init; } = true;

    public bool ExcludeFixedTerm { get; init; } = true;

    public bool ExcludeFiscalYearAppointee { get; init; } = true;

    public static EligibilityRules Default { get; } = new();
}
