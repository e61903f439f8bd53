namespace MachiDx.Ledger;

/// <summary>Balance constraints of an account. The two limits are mutually exclusive.</summary>
[Flags]
public enum AccountFlags : ushort
{
    None = 0,

    /// <summary>debits_pending + debits_posted must never exceed credits_posted (a wallet never goes negative).</summary>
    DebitsMustNotExceedCredits = 1,

    /// <summary>credits_pending + credits_posted must never exceed debits_posted.</summary>
    CreditsMustNotExceedDebits = 2,
}
