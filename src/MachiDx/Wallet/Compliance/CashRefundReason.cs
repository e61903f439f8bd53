namespace MachiDx.Wallet.Compliance;

/// <summary>The only grounds on which purchased value is paid back in cash (払戻し is banned in principle, 法20条5項).</summary>
public enum CashRefundReason
{
    /// <summary>転居（市外への転出）: the holder cannot reasonably keep using it.</summary>
    MovedAway = 1,

    /// <summary>事業の廃止（プログラム終了）: the mandatory refund when the programme ends (法20条1項).</summary>
    ProgrammeEnded = 2,
}
