using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MachiDx.Personnel.Engine.Draft;

namespace MachiDx.Tests.Personnel;

/// <summary>Draft scenarios with known outcomes and the commit–reveal lottery.</summary>
public sealed class DraftEngineTests
{
    internal static DraftSetup Setup(params (string Code, int Quota, double Overtime)[] departments)
    {
        var depts = departments.Select((d, i) => new DraftDepartment(i, d.Code, d.Quota, d.Overtime)).ToList();
        var candidates = new List<DraftCandidate>();
        foreach (var d in depts)
        {
            for (var n = 1; n <= d.Quota; n++)
            {
                candidates.Add(new DraftCandidate(candidates.Count, $"{d.Code}{n}", d.Index));
            }
        }

        var order = depts.OrderByDescending(d => d.OvertimePerCapita).Select(d => d.Index).ToList();
        return new DraftSetup(depts, candidates, order);
    }

    [Fact]
    public void Sole_bids_are_confirmed_and_round_2_follows_the_frozen_order()
    {
        // a: 10h, b: 30h, c: 20h per capita → order b, c, a. Candidates a1 a2 b1 b2 c1 c2 (indices 0..5).
        var setup = Setup(("a", 2, 10), ("b", 2, 30), ("c", 2, 20));
        var state = new DraftState(setup);
        Assert.Null(state.ResolveRound1(new Dictionary<int, int?> { [0] = 2, [1] = 4, [2] = 0 }, "seed"));
        Assert.True(state.Round1Done);
        Assert.Equal((2, 1), state.NextTurn());
        Assert.Equal("この部署の指名順ではありません。", state.Pick(0, 3));
        Assert.Null(state.Pick(1, 5));
        Assert.Equal("自部署の候補者は指名できません。", state.Pick(2, 5));
        Assert.Null(state.Pick(2, 1));
        Assert.Null(state.Pass(0));
        Assert.Null(state.NextTurn());
        Assert.True(state.Finished);
        Assert.Equal([1, 2, 2], [state.PicksOf(0), state.PicksOf(1), state.PicksOf(2)]);
    }

    [Fact]
    public void Duplicate_bids_go_to_a_lottery_reproducible_from_the_revealed_seed_and_losers_rebid()
    {
        var setup = Setup(("a", 1, 10), ("b", 1, 30), ("c", 1, 20));
        const string seed = "2c8f0e1b9d7a4c3e5f60718293a4b5c6d7e8f90112233445566778899aabbccd";
        var commitment = DraftLottery.Commitment(seed);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed))), commitment);
        Assert.True(DraftLottery.Verify(seed, commitment));

        var state = new DraftState(setup);
        // b and c both bid a1 (index 0); a bids b1.
        Assert.Null(state.ResolveRound1(new Dictionary<int, int?> { [0] = 1, [1] = 0, [2] = 0 }, seed));

        // Recompute the draw independently of the engine: HMAC-SHA256(seed, "1:a1:b,c"), first 8 bytes big-endian mod 2.
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(seed), Encoding.UTF8.GetBytes("1:a1:b,c"));
        var winner = new[] { "b", "c" }[(int)(BinaryPrimitives.ReadUInt64BigEndian(mac) % 2)];
        var loser = winner == "b" ? 2 : 1;
        Assert.Equal(winner, setup.Departments[state.OwnerOf(0)].Code);
        Assert.Contains(state.Events, e => e.Kind == DraftEventKind.LotteryLost && e.Department == loser && e.Detail == "1:a1:b,c");

        // 外れ1位: only the loser bids again, and not on a confirmed candidate. If the loser is c, nothing
        // from another department is left (a1 and b1 are taken), so c is settled without a pick.
        if (loser == 1)
        {
            Assert.Equal([1], state.Round1Pending);
            Assert.Equal("b: この候補者はすでに指名が確定しています。", state.ResolveRound1(new Dictionary<int, int?> { [1] = 0 }, seed));
            Assert.Null(state.ResolveRound1(new Dictionary<int, int?> { [1] = 2 }, seed));
            Assert.Equal(1, state.OwnerOf(2));
        }
        else
        {
            Assert.Contains(state.Events, e => e.Kind == DraftEventKind.NoBid && e.Department == 2);
        }

        Assert.True(state.Round1Done);
    }

    [Fact]
    public void A_department_cannot_bid_on_its_own_nominee_or_skip_the_bidding_of_others()
    {
        var state = new DraftState(Setup(("a", 1, 10), ("b", 1, 30)));
        Assert.Equal("a: 自部署の候補者は指名できません。", state.ResolveRound1(new Dictionary<int, int?> { [0] = 0, [1] = 0 }, "s"));
        Assert.Equal("入札が必要な部署すべての入札がそろっていません。", state.ResolveRound1(new Dictionary<int, int?> { [0] = 1 }, "s"));
        Assert.Empty(state.Events);
    }

    [Fact]
    public void Proxy_mode_runs_the_whole_draft_from_wish_lists()
    {
        // Everyone wants a1 first. Order b, c, a.
        var setup = Setup(("a", 2, 10), ("b", 2, 30), ("c", 2, 20));
        IReadOnlyList<IReadOnlyList<int>> wishes = [[2, 3, 4, 5], [0, 4, 5, 1], [0, 1, 2, 3]];
        var state = ProxyDraft.Run(setup, wishes, "fixed-seed");
        Assert.True(state.Finished);
        var a1 = state.OwnerOf(0);
        Assert.True(a1 is 1 or 2);
        // The lottery loser re-bid its next open wish in round 1.
        Assert.Contains(state.Events, e => e.Kind == DraftEventKind.LotteryLost);
        Assert.All(Enumerable.Range(0, 6).Where(c => state.OwnerOf(c) >= 0), c => Assert.NotEqual(setup.Candidates[c].HomeDepartment, state.OwnerOf(c)));
        // Same seed, same draft.
        var again = ProxyDraft.Run(setup, wishes, "fixed-seed");
        Assert.Equal(state.Events, again.Events);
    }
}
