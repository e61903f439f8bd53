namespace MachiDx.Wallet.Contracts;

/// <summary>
/// The currency in one JST month (first day of the month in <see cref="Month"/>).
/// </summary>
/// <param name="ChargedYen">Purchased value of completed charges (チャージ額, without premium).</param>
/// <param name="PremiumYen">Premium granted with those charges (プレミアム分).</param>
/// <param name="PointsYen">Activity reward points granted (ポイント付与).</param>
/// <param name="PaymentsYen">Payments to local shops.</param>
/// <param name="RefundsYen">Refunds by shops in the month.</param>
/// <param name="ActiveWallets">Residents with at least one completed charge or one payment in the month.</param>
public sealed record CurrencyMonth(DateOnly Month, long ChargedYen, long PremiumYen, long PointsYen, long PaymentsYen, long RefundsYen, int ActiveWallets)
{
    /// <summary>Spent at local shops = payments − refunds, same month.</summary>
    public long SpentLocallyYen => PaymentsYen - RefundsYen;

    /// <summary>
    /// Premium cost per yen of local spending = premium granted ÷ spent locally, same month, rounded to three decimals;
    /// null when nothing was spent.
    /// </summary>
    public double? PremiumCostPerYen => CostPerYen(PremiumYen, SpentLocallyYen);

    /// <summary>The one rounding rule for the ratio (pages, CSV, totals).</summary>
    public static double? CostPerYen(long premiumYen, long spentYen) =>
        spentYen <= 0 ? null : Math.Round((double)premiumYen / spentYen, 3, MidpointRounding.AwayFromZero);
}
