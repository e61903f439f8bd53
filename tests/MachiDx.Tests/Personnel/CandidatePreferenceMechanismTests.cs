using MachiDx.Personnel.Engine.Draft;
using MachiDx.Personnel.Engine.Simulation;

namespace MachiDx.Tests.Personnel;

/// <summary>Candidate-proposing DA and TTC on a small market whose outcome is known by hand.</summary>
public sealed class CandidatePreferenceMechanismTests
{
    // Departments Z(0), H(1), K(2), one place each; candidate i is department i's nominee.
    private static readonly DraftSetup Setup = new(
        [new DraftDepartment(0, "zeimu", 1, 30), new DraftDepartment(1, "hoken", 1, 20), new DraftDepartment(2, "kosodate", 1, 10)],
        [new DraftCandidate(0, "z", 0), new DraftCandidate(1, "h", 1), new DraftCandidate(2, "k", 2)],
        [0, 1, 2]);

    private static readonly IReadOnlyList<IReadOnlyList<int>> DepartmentWishes = [[1, 2], [2, 0], [0, 1]];

    [Fact]
    public void Stated_rankings_decide_deferred_acceptance_and_trading_cycles()
    {
        // z: H, K; h: K, Z; k: Z only.
        var market = new MatchingMarket(Setup, DepartmentWishes, [[1, 2], [2, 0], [0]]);
        Assert.Equal(3, market.StatedCandidatePreferences);

        Assert.Equal([1, 2, 0], DeferredAcceptance.CandidateProposing(market));
        Assert.Equal([1, 2, 0], DeferredAcceptance.DepartmentProposing(market));

        // H's first wish k never listed H, so H points at z; Z points at h: Z and H swap, k stays home.
        Assert.Equal([1, 0, -1], TopTradingCycles.Run(market));
    }

    [Fact]
    public void Candidates_without_a_ranking_fall_back_to_the_overtime_assumption()
    {
        // Only z states a ranking; h and k are assumed to prefer more overtime per head (Z, then H, then K).
        var market = new MatchingMarket(Setup, DepartmentWishes, [[2], null, null]);
        Assert.Equal(1, market.StatedCandidatePreferences);
        Assert.Equal([2], market.CandidatePreferences[0]);
        Assert.Equal([0, 2], market.CandidatePreferences[1]);
        Assert.Equal([0, 1], market.CandidatePreferences[2]);

        // Everyone accepts every department under the assumption: the full three-way cycle trades.
        var assumed = new MatchingMarket(Setup, DepartmentWishes, null);
        Assert.Equal(0, assumed.StatedCandidatePreferences);
        Assert.Equal([2, 0, 1], TopTradingCycles.Run(assumed));
    }
}
