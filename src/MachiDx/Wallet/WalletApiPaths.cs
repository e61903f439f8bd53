namespace MachiDx.Wallet;

/// <summary>Route strings of the Wallet API, shared with tests and the benchmark.</summary>
public static class WalletApiPaths
{
    public const string Wallet = "/api/v1/{city}/wallet";
    public const string Payments = Wallet + "/payments";
}
