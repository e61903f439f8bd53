namespace MachiDx.Wallet.Compliance;

/// <summary>発行保証金 (法14条): over the 基準額 of ¥10,000,000 of 基準日未使用残高, at least half of it must be deposited.</summary>
public static class DepositRule
{
    /// <summary>基準額: a deposit is required only when the unused balance exceeds it.</summary>
    public const long ThresholdYen = 10_000_000;

    /// <summary>要供託額 = ceil(unused / 2) when unused &gt; ¥10,000,000, else 0.</summary>
    public static long RequiredYen(long unusedYen) => unusedYen > ThresholdYen ? unusedYen / 2 + unusedYen % 2 : 0;
}
