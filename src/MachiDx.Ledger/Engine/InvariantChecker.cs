using System.Globalization;
using MachiDx.Ledger.Storage;

namespace MachiDx.Ledger.Engine;

/// <summary>
/// Replays a ledger from zero and compares: with the stored checkpoint balances (plus the later transfers), with the
/// live writer's committed balances, debits with credits, and every flagged account with its limit.
/// </summary>
internal static class InvariantChecker
{
    public static LedgerInvariantReport Check(ILedgerReader reader, uint ledger, Func<UInt128, AccountBalance?>? live)
    {
        var violations = new List<string>();
        var scratch = new Lock();
        LedgerState replayed, fromCheckpoint;
        try
        {
            using (reader.BeginSnapshot())
            {
                replayed = LedgerLoader.Load(reader, ledger, scratch, useCheckpoint: false);
                fromCheckpoint = LedgerLoader.Load(reader, ledger, scratch, useCheckpoint: true);
            }
        }
        catch (KeyNotFoundException ex)
        {
            // A transfer names an account or pending transfer that is not stored.
            return new LedgerInvariantReport(ledger, 0, 0, 0, [Say($"ledger {ledger}: replay failed: {ex.Message}")]);
        }

        long debitsPosted = 0, creditsPosted = 0, debitsPending = 0, creditsPending = 0;
        foreach (var (id, account) in replayed.Accounts)
        {
            var balance = account.Balance;
            debitsPosted += balance.DebitsPosted;
            creditsPosted += balance.CreditsPosted;
            debitsPending += balance.DebitsPending;
            creditsPending += balance.CreditsPending;

            if (balance.DebitsPending < 0 || balance.DebitsPosted < 0 || balance.CreditsPending < 0 || balance.CreditsPosted < 0)
            {
                violations.Add(Say($"account {id:X}: negative total {balance}"));
            }

            var flags = account.Account.Flags;
            if (flags.HasFlag(AccountFlags.DebitsMustNotExceedCredits) && balance.DebitsPending + balance.DebitsPosted > balance.CreditsPosted)
            {
                violations.Add(Say($"account {id:X}: debits exceed credits {balance}"));
            }

            if (flags.HasFlag(AccountFlags.CreditsMustNotExceedDebits) && balance.CreditsPending + balance.CreditsPosted > balance.DebitsPosted)
            {
                violations.Add(Say($"account {id:X}: credits exceed debits {balance}"));
            }

            var stored = fromCheckpoint.Accounts[id].Balance;
            if (stored != balance)
            {
                violations.Add(Say($"account {id:X}: stored balance (checkpoint {fromCheckpoint.CheckpointTimestamp} + later transfers) {stored} differs from the sum of its transfers {balance}"));
            }

            if (live?.Invoke(id) is { } memory && memory != balance)
            {
                violations.Add(Say($"account {id:X}: the writer's balance {memory} differs from the sum of its transfers {balance}"));
            }
        }

        if (debitsPosted != creditsPosted)
        {
            violations.Add(Say($"ledger {ledger}: posted debits {debitsPosted} differ from posted credits {creditsPosted}"));
        }

        if (debitsPending != creditsPending)
        {
            violations.Add(Say($"ledger {ledger}: pending debits {debitsPending} differ from pending credits {creditsPending}"));
        }

        return new LedgerInvariantReport(ledger, replayed.Accounts.Count, replayed.TransferIds.Count, debitsPosted, violations);
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
