namespace MachiDx.Personnel.Engine.Simulation;

/// <summary>Runs every mechanism on one market with one seed.</summary>
public static class Simulator
{
    public static IReadOnlyList<MechanismReport> RunAll(MatchingMarket market, string seed) =>
        [.. Enum.GetValues<Mechanism>().Select(m => MechanismMetrics.RunAndMeasure(m, market, seed))];

    public static string JapaneseName(Mechanism mechanism) => mechanism switch
    {
        Mechanism.ProposalDraft => "提案方式（1巡目入札・抽選＋2巡目以降残業順）",
        Mechanism.StraightRoundRobin => "残業順の総当たり（毎巡同じ順）",
        Mechanism.SnakeRoundRobin => "残業順のスネーク（偶数巡は逆順）",
        Mechanism.RandomSerialDictatorship => "ランダム順の一括選択（RSD）",
        Mechanism.DepartmentProposingDeferredAcceptance => "受入れ保留方式（部署から申込み）",
        Mechanism.CandidateProposingDeferredAcceptance => "受入れ保留方式（候補者から申込み）",
        _ => "トップ・トレーディング・サイクル（TTC）",
    };
}
