namespace MachiDx.Personnel.Engine.Simulation;

/// <summary>
/// Top trading cycles with departments as owners of their own nominees (a housing market, one-for-one):
/// each active department points at the owner of its best remaining candidate; every cycle trades.
/// A department leaves when its quota is met, it has no nominee left to give, or no wish left. A department
/// points only at candidates who ranked it (a candidate never trades into a department they did not list).
/// </summary>
public static class TopTradingCycles
{
    public static int[] Run(MatchingMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var setup = market.Setup;
        var departments = setup.Departments.Count;
        var owner = Mechanisms.Unassigned(market);
        var gone = new bool[setup.Candidates.Count];
        var remainingNominees = new int[departments];
        foreach (var c in setup.Candidates)
        {
            remainingNominees[c.HomeDepartment]++;
        }

        var received = new int[departments];
        var cursor = new int[departments];
        var active = new bool[departments];
        for (var d = 0; d < departments; d++)
        {
            active[d] = market.Quota(d) > 0 && remainingNominees[d] > 0;
        }

        var pointsAt = new int[departments];
        var wants = new int[departments];
        var state = new int[departments];
        while (true)
        {
            // Every active department points at the (active) owner of its best remaining candidate.
            var changed = true;
            while (changed)
            {
                changed = false;
                for (var d = 0; d < departments; d++)
                {
                    if (!active[d])
                    {
                        continue;
                    }

                    var list = market.DepartmentPreferences[d];
                    while (cursor[d] < list.Count && (gone[list[cursor[d]]] || !active[setup.Candidates[list[cursor[d]]].HomeDepartment]
                        || market.CandidateRank[list[cursor[d]]][d] == MatchingMarket.Unranked))
                    {
                        cursor[d]++;
                    }

                    if (cursor[d] >= list.Count)
                    {
                        active[d] = false;
                        changed = true;
                        continue;
                    }

                    wants[d] = list[cursor[d]];
                    pointsAt[d] = setup.Candidates[wants[d]].HomeDepartment;
                }
            }

            if (!active.Any(a => a))
            {
                return owner;
            }

            // Find the cycles of the functional graph (0 = unvisited, 1 = on path, 2 = done).
            Array.Clear(state);
            var cycles = new List<List<int>>();
            for (var start = 0; start < departments; start++)
            {
                if (!active[start] || state[start] != 0)
                {
                    continue;
                }

                var path = new List<int>();
                var d = start;
                while (active[d] && state[d] == 0)
                {
                    state[d] = 1;
                    path.Add(d);
                    d = pointsAt[d];
                }

                if (active[d] && state[d] == 1)
                {
                    cycles.Add(path[path.IndexOf(d)..]);
                }

                foreach (var p in path)
                {
                    state[p] = 2;
                }
            }

            foreach (var cycle in cycles)
            {
                foreach (var d in cycle)
                {
                    var c = wants[d];
                    owner[c] = d;
                    gone[c] = true;
                    received[d]++;
                    remainingNominees[setup.Candidates[c].HomeDepartment]--;
                }
            }

            for (var d = 0; d < departments; d++)
            {
                if (active[d] && (received[d] >= market.Quota(d) || remainingNominees[d] == 0))
                {
                    active[d] = false;
                }
            }
        }
    }
}
