namespace MachiDx.Personnel.Engine.Simulation;

/// <summary>
/// What one mechanism produced. Ranks are 1-based positions in the receiving department's list.
/// <see cref="Ef1Violations"/> counts ordered department pairs (i, j) where i values j's picks, minus the
/// one it likes best, above its own (values: list length − rank + 1, unranked 0).
/// <see cref="BlockingPairs"/> counts (department, candidate) pairs that both prefer each other to what
/// they got (a candidate left home accepts any department it ranks).
/// <see cref="HelpDelivered"/> is Σ over moves of the receiving department's per-capita overtime.
/// </summary>
public sealed record MechanismReport(
    Mechanism Mechanism,
    int[] Assignment,
    int[] PicksPerDepartment,
    double?[] AverageRankPerDepartment,
    int Moves,
    double? AverageRank,
    double? WorstDepartmentAverageRank,
    int DepartmentsWithoutPick,
    int Ef1Violations,
    int BlockingPairs,
    double HelpDelivered,
    TimeSpan Elapsed);
