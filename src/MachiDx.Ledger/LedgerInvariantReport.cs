namespace MachiDx.Ledger;

/// <summary>What the invariant checker found for one ledger; <see cref="Violations"/> is empty when all hold.</summary>
public sealed record LedgerInvariantReport(uint Ledger, int Accounts, int Transfers, long TotalPosted, IReadOnlyList<string> Violations)
{
    public bool IsValid => Violations.Count == 0;
}
