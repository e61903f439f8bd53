namespace MachiDx.Personnel.Engine.Eligibility;

/// <summary>The verdicts with their reasons in Japanese, for "eligible because / not because".</summary>
public sealed record EligibilityResult(
    int YearOfService,
    int Age,
    bool Draft,
    IReadOnlyList<string> DraftReasons,
    bool FreeAgent,
    IReadOnlyList<string> FreeAgentReasons);
