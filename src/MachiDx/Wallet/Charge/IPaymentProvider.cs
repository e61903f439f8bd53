namespace MachiDx.Wallet.Charge;

/// <summary>The result of taking an online payment for a charge.</summary>
public sealed record ProviderCapture(bool Succeeded, string Reference, string? Error);

/// <summary>An online payment provider (card, bank link…) that takes the resident's money before a charge is recorded.</summary>
public interface IPaymentProvider
{
    /// <summary>Shown to the resident, e.g. 「デモ用決済（実際のお金は動きません）」.</summary>
    string DisplayName { get; }

    bool IsDemo { get; }

    Task<ProviderCapture> CaptureAsync(long amountYen, string requestKey, CancellationToken ct);
}

/// <summary>
/// The built-in provider: a clearly labelled simulator that approves every payment without moving real money.
/// A city connects a real provider by registering another <see cref="IPaymentProvider"/>.
/// </summary>
public sealed class DemoPaymentProvider : IPaymentProvider
{
    public string DisplayName => "デモ用の決済シミュレーター（実際のお金は動きません）";

    public bool IsDemo => true;

    public Task<ProviderCapture> CaptureAsync(long amountYen, string requestKey, CancellationToken ct) =>
        Task.FromResult(new ProviderCapture(true, "DEMO-" + requestKey[..Math.Min(12, requestKey.Length)], null));
}
