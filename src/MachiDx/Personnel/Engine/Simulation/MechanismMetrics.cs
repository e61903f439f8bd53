using System.Diagnostics;

namespace MachiDx.Personnel.Engine.Simulation;

/// <summary>Measures an assignment: picks and ranks per department, EF1 violations, blocking pairs, help delivered.</summary>
public static class MechanismMetrics
{
    public static MechanismReport Measure(Mechanism mechanism, MatchingMarket market, int[] assignment, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(assignment);
        var setup = market.Setup;
        var departments = setup.Departments.Count;
        var bundles = Enumerable.Range(0, departments).Select(_ => new List<int>()).ToArray();
        for (var c = 0; c < assignment.Length; c++)
        {
            if (assignment[c] >= 0)
            {
                bundles[assignment[c]].Add(c);
            }
        }

        var picks = bundles.Select(b => b.Count).ToArray();
        var averages = new double?[departments];
        var rankSum = 0L;
        var moves = 0;
        var help = 0.0;
        for (var d = 0; d < departments; d++)
        {
            if (bundles[d].Count == 0)
            {
                continue;
            }

            var ranks = bundles[d].Select(c => (double)Math.Min(market.DepartmentRank[d][c], market.DepartmentPreferences[d].Count + 1)).ToList();
            averages[d] = ranks.Average();
            rankSum += (long)ranks.Sum();
            moves += bundles[d].Count;
            help += bundles[d].Count * setup.Departments[d].OvertimePerCapita;
        }

        var participating = Enumerable.Range(0, departments).Where(d => market.Quota(d) > 0).ToList();
        return new MechanismReport(
            mechanism, assignment, picks, averages, moves,
            moves == 0 ? null : (double)rankSum / moves,
            averages.Where(a => a is not null).Max(),
            participating.Count(d => picks[d] == 0),
            Ef1Violations(market, bundles),
            BlockingPairs(market, assignment, bundles),
            help,
            elapsed);
    }

    public static MechanismReport RunAndMeasure(Mechanism mechanism, MatchingMarket market, string seed)
    {
        var watch = Stopwatch.StartNew();
        var assignment = Mechanisms.Run(mechanism, market, seed);
        watch.Stop();
        return Measure(mechanism, market, assignment, watch.Elapsed);
    }

    private static long Value(MatchingMarket market, int department, int candidate)
    {
        var rank = market.DepartmentRank[department][candidate];
        return rank == MatchingMarket.Unranked ? 0 : market.DepartmentPreferences[department].Count - rank + 1;
    }

    private static int Ef1Violations(MatchingMarket market, List<int>[] bundles)
    {
        var departments = bundles.Length;
        var violations = 0;
        for (var i = 0; i < departments; i++)
        {
            if (market.Quota(i) == 0)
            {
                continue;
            }

            var own = bundles[i].Sum(c => Value(market, i, c));
            for (var j = 0; j < departments; j++)
            {
                if (j == i || bundles[j].Count == 0)
                {
                    continue;
                }

                long total = 0, best = 0;
                foreach (var c in bundles[j])
                {
                    var v = Value(market, i, c);
                    total += v;
                    best = Math.Max(best, v);
                }

                if (total - best > own)
                {
                    violations++;
                }
            }
        }

        return violations;
    }

    private static int BlockingPairs(MatchingMarket market, int[] assignment, List<int>[] bundles)
    {
        var blocking = 0;
        for (var d = 0; d < bundles.Length; d++)
        {
            var hasRoom = bundles[d].Count < market.Quota(d);
            if (market.Quota(d) == 0)
            {
                continue;
            }

            var worst = bundles[d].Count == 0 ? MatchingMarket.Unranked : bundles[d].Max(c => market.DepartmentRank[d][c]);
            foreach (var c in market.DepartmentPreferences[d])
            {
                if (assignment[c] == d || (!hasRoom && market.DepartmentRank[d][c] >= worst))
                {
                    continue;
                }

                var candidateRank = market.CandidateRank[c];
                if (candidateRank[d] == MatchingMarket.Unranked)
                {
                    continue;
                }

                var current = assignment[c];
                if (current < 0 || candidateRank[d] < candidateRank[current])
                {
                    blocking++;
                }
            }
        }

        return blocking;
    }
}
