namespace MachiDx.Wallet.Compliance;

/// <summary>Unused value per bucket at one instant, and how many lots held any.</summary>
public sealed record UnusedTotals(long PurchasedYen, long PremiumYen, long PointsYen, int LotCount);
