namespace MachiDx.Personnel.Engine.Draft;

/// <summary>
/// Proxy mode: each department's ranked wish list stands in for it at the meeting. Round 1 bids the
/// highest wish still open (re-bidding after a lost lottery), round 2+ picks the highest wish still open
/// and passes (選択終了) when its list has nothing left.
/// </summary>
public static class ProxyDraft
{
    public static DraftState Run(DraftSetup setup, IReadOnlyList<IReadOnlyList<int>> wishes, string seed)
    {
        ArgumentNullException.ThrowIfNull(wishes);
        var state = new DraftState(setup);
        var cursor = new int[setup.Departments.Count];
        while (!state.Round1Done)
        {
            var bids = state.Round1Pending.ToDictionary(d => d, d => NextWish(state, wishes[d], ref cursor[d], d));
            var error = state.ResolveRound1(bids, seed);
            if (error is not null)
            {
                throw new InvalidOperationException(error);
            }
        }

        while (state.NextTurn() is { } turn)
        {
            var wish = NextWish(state, wishes[turn.Department], ref cursor[turn.Department], turn.Department);
            var error = wish is { } c ? state.Pick(turn.Department, c) : state.Pass(turn.Department);
            if (error is not null)
            {
                throw new InvalidOperationException(error);
            }
        }

        return state;
    }

    /// <summary>Advances past taken and own-department entries; a cursor never moves back, so a run is linear in the list lengths.</summary>
    private static int? NextWish(DraftState state, IReadOnlyList<int> list, ref int cursor, int department)
    {
        while (cursor < list.Count)
        {
            var candidate = list[cursor];
            if (state.IsAvailable(candidate) && state.Setup.Candidates[candidate].HomeDepartment != department)
            {
                return candidate;
            }

            cursor++;
        }

        return null;
    }
}
