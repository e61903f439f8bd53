using MachiDx.Personnel.Engine.Draft;

namespace MachiDx.Personnel.Engine.Simulation;

/// <summary>
/// One season's data for the simulator: the draft setup, each department's ranked candidates (its
/// acceptable set) and, optionally, each candidate's ranked departments (their acceptable set: a candidate
/// does not move to a department they did not list). A candidate who stated no ranking (null) is assumed to
/// rank every other department by per-capita overtime (most first), which the report states as an assumption.
/// </summary>
public sealed class MatchingMarket
{
    public const int Unranked = int.MaxValue;

    public MatchingMarket(DraftSetup setup, IReadOnlyList<IReadOnlyList<int>> departmentPreferences, IReadOnlyList<IReadOnlyList<int>?>? candidatePreferences)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(departmentPreferences);
        Setup = setup;
        var d = setup.Departments.Count;
        var c = setup.Candidates.Count;
        var byOvertime = setup.Departments.OrderByDescending(x => x.OvertimePerCapita).ThenBy(x => x.Code, StringComparer.Ordinal).Select(x => x.Index).ToArray();
        StatedCandidatePreferences = candidatePreferences?.Count(p => p is not null) ?? 0;

        // Rank tables first (duplicates and own-department entries dropped), then the lists from them.
        DepartmentRank = new int[d][];
        var departmentLists = new IReadOnlyList<int>[d];
        for (var i = 0; i < d; i++)
        {
            var ranks = DepartmentRank[i] = new int[c];
            Array.Fill(ranks, Unranked);
            var list = new List<int>(departmentPreferences[i].Count);
            foreach (var x in departmentPreferences[i])
            {
                if (ranks[x] == Unranked && setup.Candidates[x].HomeDepartment != i)
                {
                    list.Add(x);
                    ranks[x] = list.Count;
                }
            }

            departmentLists[i] = list;
        }

        CandidateRank = new int[c][];
        var candidateLists = new IReadOnlyList<int>[c];
        for (var i = 0; i < c; i++)
        {
            var ranks = CandidateRank[i] = new int[d];
            Array.Fill(ranks, Unranked);
            var source = candidatePreferences?[i] ?? byOvertime;
            var list = new List<int>(source.Count);
            foreach (var x in source)
            {
                if (ranks[x] == Unranked && x != setup.Candidates[i].HomeDepartment)
                {
                    list.Add(x);
                    ranks[x] = list.Count;
                }
            }

            candidateLists[i] = list;
        }

        DepartmentPreferences = departmentLists;
        CandidatePreferences = candidateLists;
    }

    public DraftSetup Setup { get; }

    public IReadOnlyList<IReadOnlyList<int>> DepartmentPreferences { get; }

    public IReadOnlyList<IReadOnlyList<int>> CandidatePreferences { get; }

    /// <summary>How many candidates' lists were stated (the rest use the overtime assumption).</summary>
    public int StatedCandidatePreferences { get; }

    /// <summary>[department][candidate] → 1-based rank, or <see cref="Unranked"/>.</summary>
    public int[][] DepartmentRank { get; }

    /// <summary>[candidate][department] → 1-based rank, or <see cref="Unranked"/>.</summary>
    public int[][] CandidateRank { get; }

    public int Quota(int department) => Setup.Departments[department].Quota;
}
