using System.Globalization;

namespace MachiDx.Ledger.Bench;

/// <summary>
/// The city on campaign day: residents (wallets), Zipf-popular merchants, system accounts, and a mix of payments,
/// charges with premium (linked), rewards (ids derived from events), two-phase payouts, refunds and 1% retries.
/// </summary>
internal sealed class Workload(uint ledger, int residents, int merchants, bool hot)
{
    private readonly Zipf zipf = new(merchants);

    public uint Ledger { get; } = ledger;

    public int Residents { get; } = residents;

    public UInt128 Issuance => System(1);

    public UInt128 PremiumBudget => System(2);

    public UInt128 RewardBudget => System(3);

    public UInt128 PayoutClearing => System(4);

    public UInt128 Resident(int i) => new(((ulong)Ledger << 32) | 10, (ulong)i);

    public UInt128 Merchant(int i) => new(((ulong)Ledger << 32) | 20, (ulong)i);

    public IEnumerable<Account> Accounts()
    {
        yield return new Account(Issuance, Ledger, 1);
        yield return new Account(PremiumBudget, Ledger, 2);
        yield return new Account(RewardBudget, Ledger, 3);
        yield return new Account(PayoutClearing, Ledger, 4);
        for (int i = 0; i < merchants; i++)
        {
            yield return new Account(Merchant(i), Ledger, 20, AccountFlags.DebitsMustNotExceedCredits);
        }

        for (int i = 0; i < Residents; i++)
        {
            yield return new Account(Resident(i), Ledger, 10, AccountFlags.DebitsMustNotExceedCredits);
        }
    }

    /// <summary>The opening charge of every resident, so that payments have money to spend.</summary>
    public IEnumerable<Transfer> OpeningCharges()
    {
        for (int i = 0; i < Residents; i++)
        {
            yield return new Transfer(LedgerIds.NewTimeOrdered(), Issuance, Resident(i), 30_000, Ledger, 1);
        }
    }

    /// <summary>Next call of a client: one transfer or a linked chain. Two-phase payouts return the post as a follow-up.</summary>
    public (Transfer[] Call, Transfer? FollowUp) Next(Random random, Transfer[]? previous)
    {
        int roll = random.Next(1000);
        if (roll < 10 && previous is not null)
        {
            return (previous, null); // a retry: same ids, same fields
        }

        var resident = Resident(random.Next(Residents));
        var merchant = hot ? Merchant(0) : Merchant(zipf.Next(random));
        switch (roll)
        {
            case < 560:
                return ([Move(resident, merchant, random.Next(100, 3_000), 40)], null);
            case < 710:
                long charge = random.Next(10, 100) * 100;
                return ([Move(Issuance, resident, charge, 10, TransferFlags.Linked), Move(PremiumBudget, resident, charge / 10, 11)], null);
            case < 810:
                var reward = new Transfer(
                    LedgerIds.FromName(string.Create(CultureInfo.InvariantCulture, $"{Ledger}/volunteer-attended/{random.NextInt64()}/rule-1")),
                    RewardBudget, resident, 100, Ledger, 12);
                return ([reward], null);
            case < 910:
                var payout = Move(merchant, PayoutClearing, 20_000, 50, TransferFlags.Pending | TransferFlags.BalancingDebit) with { TimeoutSeconds = 3_600 };
                var post = new Transfer(LedgerIds.NewTimeOrdered(), 0, 0, 0, Ledger, 0, TransferFlags.PostPending, payout.Id);
                return ([payout], post);
            default:
                return ([Move(merchant, resident, random.Next(100, 500), 41)], null);
        }
    }

    private Transfer Move(UInt128 debit, UInt128 credit, long amount, ushort code, TransferFlags flags = TransferFlags.None) =>
        new(LedgerIds.NewTimeOrdered(), debit, credit, amount, Ledger, code, flags);

    private UInt128 System(ulong kind) => new(((ulong)Ledger << 32) | 1, kind);
}
