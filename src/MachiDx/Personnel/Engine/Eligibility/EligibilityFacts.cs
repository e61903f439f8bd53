namespace MachiDx.Personnel.Engine.Eligibility;

/// <summary>What the rules look at for one person.</summary>
public sealed record EligibilityFacts(
    DateOnly BirthDate,
    DateOnly HireDate,
    EmploymentType Employment,
    bool OnLeave,
    double? LatestEvaluationScore,
    int? LatestEvaluationYear,
    DateOnly? FaBarredUntil = null);
