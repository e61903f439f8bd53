namespace MachiDx.Wallet.Compliance;

/// <summary>
/// Cash refunds in the current 基準期間 beside the reference caps of the 府令's exceptions (20% of the previous period's
/// issuance, 5% of the previous 基準日未使用残高). Information only: whether and how the caps apply needs legal review.
/// </summary>
public sealed record RefundPeriodSummary(
    DateOnly PeriodFirst,
    DateOnly PeriodBaseDate,
    long RefundedYen,
    int RefundCount,
    DateOnly PreviousPeriodFirst,
    DateOnly PreviousBaseDate,
    long PreviousPeriodIssuedYen,
    long? PreviousUnusedYen)
{
    public long CapByIssuanceYen => PreviousPeriodIssuedYen * 20 / 100;

    public long? CapByUnusedYen => PreviousUnusedYen * 5 / 100;
}
