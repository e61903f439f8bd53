namespace MachiDx.Personnel.Engine.Draft;

/// <summary>
/// The draft as it unfolds. Round 1: every department with a quota bids once per iteration until it is
/// settled (sole bid, lottery win, no bid); lottery losers bid again. Round 2+: the frozen order, one
/// pick per turn, skipping departments that are full, have passed, or have no other department's
/// candidate left; it ends when nobody can pick. Every move is checked here, so the live meeting and
/// the proxy run share the same rules.
/// </summary>
public sealed class DraftState
{
    /// <summary>Detail of a round-1 settlement the engine made itself (no candidate left), as opposed to a recorded bid.</summary>
    public const string AutoSettled = "対象なし";

    private readonly DraftSetup _setup;
    private readonly int[] _owner;
    private readonly int[] _picks;
    private readonly int[] _availableByHome;
    private readonly bool[] _passed;
    private readonly HashSet<int> _round1Pending;
    private readonly List<DraftEvent> _events = [];
    private int _available;
    private int _round = 2;
    private int _position;

    public DraftState(DraftSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        setup.Validate();
        _setup = setup;
        _owner = Enumerable.Repeat(-1, setup.Candidates.Count).ToArray();
        _picks = new int[setup.Departments.Count];
        _passed = new bool[setup.Departments.Count];
        _availableByHome = new int[setup.Departments.Count];
        foreach (var c in setup.Candidates)
        {
            _availableByHome[c.HomeDepartment]++;
        }

        _available = setup.Candidates.Count;
        _round1Pending = [.. setup.Departments.Where(d => d.Quota > 0).Select(d => d.Index)];
        Round1Iteration = 1;
    }

    public DraftSetup Setup => _setup;

    public IReadOnlyList<DraftEvent> Events => _events;

    public int Round1Iteration { get; private set; }

    /// <summary>Departments that still have to bid in the current round-1 iteration (外れ1位 after the first).</summary>
    public IReadOnlyCollection<int> Round1Pending => _round1Pending;

    public bool Round1Done => _round1Pending.Count == 0;

    /// <summary>The department assigned a candidate, or -1.</summary>
    public int OwnerOf(int candidate) => _owner[candidate];

    public int PicksOf(int department) => _picks[department];

    public bool HasPassed(int department) => _passed[department];

    public bool IsAvailable(int candidate) => _owner[candidate] < 0;

    public string? CheckChoice(int department, int candidate)
    {
        if (candidate < 0 || candidate >= _setup.Candidates.Count)
        {
            return "指名された職員は候補者ではありません。";
        }

        if (_setup.Candidates[candidate].HomeDepartment == department)
        {
            return "自部署の候補者は指名できません。";
        }

        if (_owner[candidate] >= 0)
        {
            return "この候補者はすでに指名が確定しています。";
        }

        return _picks[department] >= _setup.Departments[department].Quota ? "指名できる人数（推薦した人数）に達しています。" : null;
    }

    /// <summary>
    /// Settles one round-1 iteration. <paramref name="bids"/> holds one entry per pending department
    /// (null = no bid). Returns an error (and changes nothing) when a bid breaks a rule.
    /// </summary>
    public string? ResolveRound1(IReadOnlyDictionary<int, int?> bids, string seed)
    {
        ArgumentNullException.ThrowIfNull(bids);
        if (Round1Done)
        {
            return "1巡目はすでに終了しています。";
        }

        if (!_round1Pending.SetEquals(bids.Keys))
        {
            return "入札が必要な部署すべての入札がそろっていません。";
        }

        foreach (var (department, candidate) in bids)
        {
            if (candidate is { } c && CheckChoice(department, c) is { } error)
            {
                return $"{_setup.Departments[department].Code}: {error}";
            }
        }

        var iteration = Round1Iteration;
        foreach (var department in bids.Where(b => b.Value is null).Select(b => b.Key).Order())
        {
            _events.Add(new DraftEvent(_events.Count + 1, 1, iteration, department, null, DraftEventKind.NoBid));
            _round1Pending.Remove(department);
        }

        foreach (var group in bids.Where(b => b.Value is not null).GroupBy(b => b.Value!.Value).OrderBy(g => g.Key))
        {
            var candidate = _setup.Candidates[group.Key];
            var bidders = group.Select(b => b.Key).ToList();
            if (bidders.Count == 1)
            {
                Assign(bidders[0], group.Key);
                _events.Add(new DraftEvent(_events.Count + 1, 1, iteration, bidders[0], group.Key, DraftEventKind.SoleBid));
                _round1Pending.Remove(bidders[0]);
                continue;
            }

            var codes = bidders.Select(b => _setup.Departments[b].Code).ToList();
            var winnerCode = DraftLottery.Draw(seed, iteration, candidate.Key, codes);
            var detail = DraftLottery.DrawInput(iteration, candidate.Key, codes);
            foreach (var bidder in bidders.OrderBy(b => _setup.Departments[b].Code, StringComparer.Ordinal))
            {
                var won = _setup.Departments[bidder].Code == winnerCode;
                _events.Add(new DraftEvent(_events.Count + 1, 1, iteration, bidder, group.Key, won ? DraftEventKind.LotteryWon : DraftEventKind.LotteryLost, detail));
                if (won)
                {
                    Assign(bidder, group.Key);
                    _round1Pending.Remove(bidder);
                }
            }
        }

        // A loser with nothing left to bid on is settled without a pick.
        foreach (var department in _round1Pending.Where(d => !HasOtherCandidate(d)).Order().ToList())
        {
            _events.Add(new DraftEvent(_events.Count + 1, 1, iteration + 1, department, null, DraftEventKind.NoBid, AutoSettled));
            _round1Pending.Remove(department);
        }

        Round1Iteration++;
        return null;
    }

    /// <summary>Whose turn it is in round 2+, or null when the draft is over. Also null while round 1 is open.</summary>
    public (int Round, int Department)? NextTurn()
    {
        if (!Round1Done)
        {
            return null;
        }

        var order = _setup.FrozenOrder;
        for (var scanned = 0; scanned <= order.Count; scanned++)
        {
            if (_position >= order.Count)
            {
                _position = 0;
                _round++;
            }

            var department = order[_position];
            if (CanPick(department))
            {
                return (_round, department);
            }

            _position++;
        }

        return null;
    }

    public string? Pick(int department, int candidate)
    {
        if (NextTurn() is not { } turn || turn.Department != department)
        {
            return "この部署の指名順ではありません。";
        }

        if (CheckChoice(department, candidate) is { } error)
        {
            return error;
        }

        Assign(department, candidate);
        _events.Add(new DraftEvent(_events.Count + 1, turn.Round, 0, department, candidate, DraftEventKind.Pick));
        _position++;
        return null;
    }

    public string? Pass(int department)
    {
        if (NextTurn() is not { } turn || turn.Department != department)
        {
            return "この部署の指名順ではありません。";
        }

        _passed[department] = true;
        _events.Add(new DraftEvent(_events.Count + 1, turn.Round, 0, department, null, DraftEventKind.Pass));
        _position++;
        return null;
    }

    public bool Finished => Round1Done && NextTurn() is null;

    private bool CanPick(int department) =>
        !_passed[department] && _picks[department] < _setup.Departments[department].Quota && HasOtherCandidate(department);

    private bool HasOtherCandidate(int department) => _available - _availableByHome[department] > 0;

    private void Assign(int department, int candidate)
    {
        _owner[candidate] = department;
        _picks[department]++;
        _available--;
        _availableByHome[_setup.Candidates[candidate].HomeDepartment]--;
    }
}
