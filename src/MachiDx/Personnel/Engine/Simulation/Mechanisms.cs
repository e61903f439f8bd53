using MachiDx.Personnel.Engine.Draft;

namespace MachiDx.Personnel.Engine.Simulation;

/// <summary>
/// The mechanisms compared by the simulator. Each returns candidate → receiving department (-1 = stays home).
/// All are deterministic for a given market and seed.
/// </summary>
public static class Mechanisms
{
    public static int[] Run(Mechanism mechanism, MatchingMarket market, string seed)
    {
        ArgumentNullException.ThrowIfNull(market);
        return mechanism switch
        {
            Mechanism.ProposalDraft => ProposalDraft(market, seed),
            Mechanism.StraightRoundRobin => RoundRobin(market, market.Setup.FrozenOrder, snake: false),
            Mechanism.SnakeRoundRobin => RoundRobin(market, market.Setup.FrozenOrder, snake: true),
            Mechanism.RandomSerialDictatorship => RandomSerialDictatorship(market, seed),
            Mechanism.DepartmentProposingDeferredAcceptance => DeferredAcceptance.DepartmentProposing(market),
            Mechanism.CandidateProposingDeferredAcceptance => DeferredAcceptance.CandidateProposing(market),
            _ => TopTradingCycles.Run(market),
        };
    }

    /// <summary>The proposal: sealed round 1 with a lottery and 外れ1位, then the frozen overtime order each round.</summary>
    public static int[] ProposalDraft(MatchingMarket market, string seed)
    {
        ArgumentNullException.ThrowIfNull(market);
        var state = ProxyDraft.Run(market.Setup, market.DepartmentPreferences, seed);
        return [.. Enumerable.Range(0, market.Setup.Candidates.Count).Select(state.OwnerOf)];
    }

    /// <summary>Round-robin in a fixed order (also round 1); snake reverses the order every other round.</summary>
    public static int[] RoundRobin(MatchingMarket market, IReadOnlyList<int> order, bool snake)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(order);
        var owner = Unassigned(market);
        var cursor = new int[market.Setup.Departments.Count];
        var picks = new int[market.Setup.Departments.Count];
        for (var round = 0; ; round++)
        {
            var picked = false;
            for (var k = 0; k < order.Count; k++)
            {
                var department = order[snake && round % 2 == 1 ? order.Count - 1 - k : k];
                if (picks[department] >= market.Quota(department) || NextOpen(market, owner, department, ref cursor[department]) is not { } c)
                {
                    continue;
                }

                owner[c] = department;
                picks[department]++;
                picked = true;
            }

            if (!picked)
            {
                return owner;
            }
        }
    }

    /// <summary>Random order (seeded); each department in turn takes all of its picks (its best remaining).</summary>
    public static int[] RandomSerialDictatorship(MatchingMarket market, string seed)
    {
        ArgumentNullException.ThrowIfNull(market);
        var order = Enumerable.Range(0, market.Setup.Departments.Count).ToArray();
        new Random(StableSeed(seed)).Shuffle(order);
        var owner = Unassigned(market);
        var cursor = new int[order.Length];
        foreach (var department in order)
        {
            for (var n = 0; n < market.Quota(department) && NextOpen(market, owner, department, ref cursor[department]) is { } c; n++)
            {
                owner[c] = department;
            }
        }

        return owner;
    }

    public static int StableSeed(string seed)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed ?? ""));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }

    public static int[] Unassigned(MatchingMarket market) => Enumerable.Repeat(-1, market.Setup.Candidates.Count).ToArray();

    private static int? NextOpen(MatchingMarket market, int[] owner, int department, ref int cursor)
    {
        var list = market.DepartmentPreferences[department];
        while (cursor < list.Count)
        {
            if (owner[list[cursor]] < 0)
            {
                return list[cursor];
            }

            cursor++;
        }

        return null;
    }
}
