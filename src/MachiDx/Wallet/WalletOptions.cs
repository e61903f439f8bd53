namespace MachiDx.Wallet;

/// <summary>Bound from the "Wallet" configuration section.</summary>
public sealed class WalletOptions
{
    public const string SectionName = "Wallet";

    /// <summary>The hourly upkeep creates each city's payout run when its cycle is due. Tests turn it off to control runs.</summary>
    public bool AutomaticPayouts { get; set; } = true;
}
