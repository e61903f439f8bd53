namespace MachiDx.Personnel.Engine.Draft;

public enum DraftEventKind
{
    /// <summary>Round 1: sole bid, confirmed.</summary>
    SoleBid = 0,

    /// <summary>Round 1: won a lottery.</summary>
    LotteryWon = 1,

    /// <summary>Round 1: lost a lottery and re-bids (外れ1位).</summary>
    LotteryLost = 2,

    /// <summary>Round 1: no bid (nothing left to bid on, or the department skipped).</summary>
    NoBid = 3,

    /// <summary>Round 2+: a pick in turn.</summary>
    Pick = 4,

    /// <summary>Round 2+: 選択終了.</summary>
    Pass = 5,
}
