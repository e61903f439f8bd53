using MachiDx.Personnel.Engine.Draft;

namespace MachiDx.Personnel.Engine.Simulation;

/// <summary>
/// One season's data for the simulator: the draft setup, each department's ranked candidates (its
/// acceptable set) and, optionally, each candidate's ranked departments. Without candidate rankings a
/// candidate is assumed to rank every other department by per-capita overtime (most first), which is
/// stated on the report.
/// </summary>
public sealed class MatchingMarket
{
    public const int Unranked = int.MaxValue;

    public MatchingMarket(DraftSetup setup, IReadOnlyList<IReadOnlyList<int>> departmentPreferences, IReadOnlyList<IReadOnlyList<int>>? candidatePreferences)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(departmentPreferences);
        Setup = setup;
        var d = setup.Departments.Count;
        var c = setup.Candidates.Count;
        DepartmentPreferences = [.. departmentPreferences.Select((list, dept) =>
            (IReadOnlyList<int>)[.. list.Where(x => setup.Candidates[x].HomeDepartment != dept).Distinct()])];
        CandidatePreferencesGiven = candidatePreferences is not null;
        var byOvertime = setup.Departments.OrderByDescending(x => x.OvertimePerCapita).ThenBy(x => x.Code, StringComparer.Ordinal).Select(x => x.Index).ToArray();
        CandidatePreferences = [.. Enumerable.Range(0, c).Select(i =>
            (IReadOnlyList<int>)[.. (candidatePreferences?[i] ?? byOvertime).Where(x => x != setup.Candidates[i].HomeDepartment).Distinct()])];

        DepartmentRank = new int[d][];
        for (var i = 0; i < d; i++)
        {
            DepartmentRank[i] = new int[c];
            Array.Fill(DepartmentRank[i], Unranked);
            var list = DepartmentPreferences[i];
            for (var r = 0; r < list.Count; r++)
            {
                DepartmentRank[i][list[r]] = r + 1;
            }
        }

        CandidateRank = new int[c][];
        for (var i = 0; i < c; i++)
        {
            CandidateRank[i] = new int[d];
            Array.Fill(CandidateRank[i], Unranked);
            var list = CandidatePreferences[i];
            for (var r = 0; r < list.Count; r++)
            {
                CandidateRank[i][list[r]] = r + 1;
            }
        }
    }

    public DraftSetup Setup { get; }

    public IReadOnlyList<IReadOnlyList<int>> DepartmentPreferences { get; }

    public IReadOnlyList<IReadOnlyList<int>> CandidatePreferences { get; }

    public bool CandidatePreferencesGiven { get; }

    /// <summary>[department][candidate] → 1-based rank, or <see cref="Unranked"/>.</summary>
    public int[][] DepartmentRank { get; }

    /// <summary>[candidate][department] → 1-based rank, or <see cref="Unranked"/>.</summary>
    public int[][] CandidateRank { get; }

    public int Quota(int department) => Setup.Departments[department].Quota;
}
