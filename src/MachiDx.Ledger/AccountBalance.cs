namespace MachiDx.Ledger;

/// <summary>The four running totals of an account, TigerBeetle style.</summary>
public readonly record struct AccountBalance(long DebitsPending, long DebitsPosted, long CreditsPending, long CreditsPosted)
{
    /// <summary>Posted credits minus posted debits: the balance of a wallet-like (credit-normal) account.</summary>
    public long CreditBalance => CreditsPosted - DebitsPosted;

    /// <summary>What a credit-normal account can still spend: posted credits minus posted and pending debits.</summary>
    public long Available => CreditsPosted - DebitsPosted - DebitsPending;

    /// <summary>Posted debits minus posted credits: the balance of a debit-normal account (issuance, budgets).</summary>
    public long DebitBalance => DebitsPosted - CreditsPosted;
}
