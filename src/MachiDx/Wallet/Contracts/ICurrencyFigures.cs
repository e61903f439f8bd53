namespace MachiDx.Wallet.Contracts;

/// <summary>
/// Circulation of the local currency in the current municipality (the request's or job's TenantContext scopes it),
/// per JST month, for the DX dashboard. Read-only.
/// </summary>
public interface ICurrencyFigures
{
    /// <summary>
    /// One row per month from <paramref name="fromMonth"/> to <paramref name="toMonth"/> (both inclusive; the day is
    /// ignored), months without activity included with zeros.
    /// </summary>
    Task<IReadOnlyList<CurrencyMonth>> MonthlyAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken cancellationToken);
}
