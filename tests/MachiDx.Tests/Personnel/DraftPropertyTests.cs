using MachiDx.Personnel.Engine.Draft;
using MachiDx.Personnel.Engine.Simulation;

namespace MachiDx.Tests.Personnel;

/// <summary>
/// Invariants over many random seasons, for the proposal's draft and every simulator mechanism.
/// Each run is generated from its own seed; a failure names the seed so it can be replayed alone.
/// </summary>
public sealed class DraftPropertyTests
{
    private const int Runs = 300;

    internal static (MatchingMarket Market, string LotterySeed) RandomSeason(int seed)
    {
        var random = new Random(seed);
        var departments = random.Next(2, 16);
        var depts = Enumerable.Range(0, departments)
            .Select(i => new DraftDepartment(i, $"d{i:00}", random.Next(0, 4), Math.Round(random.NextDouble() * 40, 1)))
            .ToList();
        var candidates = new List<DraftCandidate>();
        foreach (var d in depts)
        {
            for (var n = 0; n < d.Quota; n++)
            {
                candidates.Add(new DraftCandidate(candidates.Count, $"{d.Code}-{n}", d.Index));
            }
        }

        var order = PickOrder.Compute(depts.Select(d => new OrderInput(d.Index, d.Code, d.OvertimePerCapita * 10, 10)), [TieBreak.FewerStaff], "c")
            .Select(o => o.Department).ToList();
        var setup = new DraftSetup(depts, candidates, order);
        var prefs = depts.Select(d => (IReadOnlyList<int>)[.. candidates.Select(c => c.Index).Where(_ => random.NextDouble() < 0.8).OrderBy(_ => random.Next())]).ToList();
        // No candidate rankings, or some candidates stating a (possibly partial) ranking and the rest not.
        IReadOnlyList<IReadOnlyList<int>?>? candidatePrefs = random.Next(2) == 0
            ? null
            : [.. candidates.Select(_ => random.Next(4) == 0 ? null
                : (IReadOnlyList<int>?)[.. depts.Select(d => d.Index).Where(_ => random.NextDouble() < 0.8).OrderBy(_ => random.Next())])];
        return (new MatchingMarket(setup, prefs, candidatePrefs), $"lottery-{seed}");
    }

    [Fact]
    public void Random_seasons_keep_the_draft_rules()
    {
        var master = Environment.GetEnvironmentVariable("MACHIDX_PROPERTY_SEED") is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 20260401;
        for (var run = 0; run < Runs; run++)
        {
            var seed = master + run;
            try
            {
                CheckProposalDraft(seed);
                CheckMechanisms(seed);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Assert.Fail($"Property failed for season seed {seed} (replay with MACHIDX_PROPERTY_SEED={seed}): {ex.Message}");
            }
        }
    }

    private static void CheckProposalDraft(int seed)
    {
        var (market, lotterySeed) = RandomSeason(seed);
        var setup = market.Setup;
        var state = ProxyDraft.Run(setup, market.DepartmentPreferences, lotterySeed);
        Assert.True(state.Finished);
        var picked = state.Events.Where(e => e.Candidate is not null && e.Kind is DraftEventKind.SoleBid or DraftEventKind.LotteryWon or DraftEventKind.Pick).ToList();

        // No candidate twice, no own-department pick, quotas respected.
        Assert.Equal(picked.Count, picked.Select(e => e.Candidate).Distinct().Count());
        Assert.All(picked, e => Assert.NotEqual(setup.Candidates[e.Candidate!.Value].HomeDepartment, e.Department));
        Assert.All(setup.Departments, d => Assert.True(state.PicksOf(d.Index) <= d.Quota));

        // Round 1: at most one confirmed pick per department.
        Assert.All(picked.Where(e => e.Round == 1).GroupBy(e => e.Department), g => Assert.Single(g));

        // Round 2+: within each round, turns follow the frozen order.
        var position = setup.FrozenOrder.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        foreach (var round in state.Events.Where(e => e.Round >= 2).GroupBy(e => e.Round))
        {
            var positions = round.OrderBy(e => e.Sequence).Select(e => position[e.Department]).ToList();
            Assert.Equal(positions.Order(), positions);
            Assert.Equal(positions.Count, positions.Distinct().Count());
        }

        // Nobody who could still pick was skipped: at the end, every department is full, has passed, or has nothing left.
        foreach (var d in setup.Departments.Where(d => state.PicksOf(d.Index) < d.Quota && !state.HasPassed(d.Index)))
        {
            Assert.DoesNotContain(setup.Candidates, c => state.IsAvailable(c.Index) && c.HomeDepartment != d.Index);
        }
    }

    private static void CheckMechanisms(int seed)
    {
        var (market, lotterySeed) = RandomSeason(seed);
        foreach (var mechanism in Enum.GetValues<Mechanism>())
        {
            var assignment = Mechanisms.Run(mechanism, market, lotterySeed);
            for (var c = 0; c < assignment.Length; c++)
            {
                if (assignment[c] >= 0)
                {
                    Assert.NotEqual(market.Setup.Candidates[c].HomeDepartment, assignment[c]);
                }
            }

            foreach (var d in market.Setup.Departments)
            {
                Assert.True(assignment.Count(a => a == d.Index) <= d.Quota, $"{mechanism}: quota of {d.Code} exceeded");
            }

            var report = MechanismMetrics.Measure(mechanism, market, assignment, TimeSpan.Zero);
            if (mechanism is Mechanism.DepartmentProposingDeferredAcceptance or Mechanism.CandidateProposingDeferredAcceptance)
            {
                Assert.True(report.BlockingPairs == 0, $"{mechanism} left {report.BlockingPairs} blocking pair(s)");
            }

            if (mechanism == Mechanism.TopTradingCycles)
            {
                // One-for-one exchange: every department receives exactly as many as it gives.
                foreach (var d in market.Setup.Departments)
                {
                    var given = Enumerable.Range(0, assignment.Length).Count(c => assignment[c] >= 0 && market.Setup.Candidates[c].HomeDepartment == d.Index);
                    Assert.Equal(given, assignment.Count(a => a == d.Index));
                }
            }
        }
    }
}
