namespace MachiDx.Ledger;

/// <summary>An account with its balances, as returned by balance queries.</summary>
public readonly record struct AccountBalanceEntry(Account Account, AccountBalance Balance);
