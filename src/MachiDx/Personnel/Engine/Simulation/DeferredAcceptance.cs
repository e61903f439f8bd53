namespace MachiDx.Personnel.Engine.Simulation;

/// <summary>Gale–Shapley deferred acceptance, many-to-one (a department holds up to its quota).</summary>
public static class DeferredAcceptance
{
    /// <summary>Departments propose down their lists; a candidate holds the department it ranks best.</summary>
    public static int[] DepartmentProposing(MatchingMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var departments = market.Setup.Departments.Count;
        var held = Mechanisms.Unassigned(market);
        var cursor = new int[departments];
        var count = new int[departments];
        var free = new Queue<int>(Enumerable.Range(0, departments).Where(d => market.Quota(d) > 0));
        while (free.TryDequeue(out var d))
        {
            var list = market.DepartmentPreferences[d];
            while (count[d] < market.Quota(d) && cursor[d] < list.Count)
            {
                var c = list[cursor[d]++];
                var rank = market.CandidateRank[c];
                if (rank[d] == MatchingMarket.Unranked)
                {
                    continue;
                }

                var current = held[c];
                if (current < 0)
                {
                    held[c] = d;
                    count[d]++;
                }
                else if (rank[d] < rank[current])
                {
                    held[c] = d;
                    count[d]++;
                    count[current]--;
                    free.Enqueue(current);
                }
            }
        }

        return held;
    }

    /// <summary>Candidates propose down their lists; a department holds its best <c>quota</c> proposers.</summary>
    public static int[] CandidateProposing(MatchingMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var candidates = market.Setup.Candidates.Count;
        var held = Mechanisms.Unassigned(market);
        var holding = Enumerable.Range(0, market.Setup.Departments.Count).Select(_ => new List<int>()).ToArray();
        var cursor = new int[candidates];
        var free = new Queue<int>(Enumerable.Range(0, candidates));
        while (free.TryDequeue(out var c))
        {
            var list = market.CandidatePreferences[c];
            while (held[c] < 0 && cursor[c] < list.Count)
            {
                var d = list[cursor[c]++];
                var rank = market.DepartmentRank[d];
                if (rank[c] == MatchingMarket.Unranked || market.Quota(d) == 0)
                {
                    continue;
                }

                var group = holding[d];
                if (group.Count < market.Quota(d))
                {
                    group.Add(c);
                    held[c] = d;
                    continue;
                }

                var worst = group.MaxBy(x => rank[x]);
                if (rank[c] < rank[worst])
                {
                    group.Remove(worst);
                    held[worst] = -1;
                    free.Enqueue(worst);
                    group.Add(c);
                    held[c] = d;
                }
            }
        }

        return held;
    }
}
