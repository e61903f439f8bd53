using System.Text;

namespace MachiDx.Ledger.Storage;

/// <summary>
/// The reader's SQL, rendered once per dialect (so a read builds no SQL text). Parameters are named <c>@name</c>, which
/// both providers accept; scans take the ledger as <c>{0}</c> and their timestamp bound as <c>{1}</c>, written into the
/// text because PostgreSQL's COPY takes no parameters.
/// </summary>
internal sealed class LedgerStatements
{
    private const string TransferColumns = "ledger, ts, id, debit_account_id, credit_account_id, amount, pending_id, timeout_seconds, code, flags, reference";

    /// <param name="tables">Prefix of the table names: <c>ledger_</c> (SQLite) or the schema, <c>ledger.</c> (PostgreSQL).</param>
    /// <param name="greatest">The larger of two values: <c>MAX</c> (SQLite) or <c>GREATEST</c> (PostgreSQL).</param>
    /// <param name="idIn">How the lookup by ids matches them: one <c>@id</c> at a time, or an array <c>@ids</c>.</param>
    public LedgerStatements(string tables, string greatest, string idIn)
    {
        Checkpoint = $"SELECT ts FROM {tables}checkpoints WHERE ledger = @ledger";
        Account = $"SELECT code, flags, reference, ts FROM {tables}accounts WHERE ledger = @ledger AND id = @id";
        TransfersById = $"SELECT {TransferColumns} FROM {tables}transfers WHERE ledger = @ledger AND {idIn}";

        // The stored head is exact up to the checkpoint; later transfers are found in the (short) tail after it.
        Head = $"""
            SELECT {greatest}(
                COALESCE((SELECT last_ts FROM {tables}accounts WHERE ledger = @ledger AND id = @id), 0),
                COALESCE((SELECT MAX(ts) FROM {tables}transfers WHERE ledger = @ledger
                          AND ts > COALESCE((SELECT ts FROM {tables}checkpoints WHERE ledger = @ledger), 0)
                          AND (debit_account_id = @id OR credit_account_id = @id)), 0))
            """;
        Previous = $"SELECT CASE WHEN debit_account_id = @id THEN prev_debit_ts ELSE prev_credit_ts END FROM {tables}transfers WHERE ledger = @ledger AND ts = @ts";
        Chain = $"""
            WITH RECURSIVE chain(ts, previous, depth) AS (
                SELECT ts, CASE WHEN debit_account_id = @id THEN prev_debit_ts ELSE prev_credit_ts END, 1
                FROM {tables}transfers WHERE ledger = @ledger AND ts = @start
                UNION ALL
                SELECT t.ts, CASE WHEN t.debit_account_id = @id THEN t.prev_debit_ts ELSE t.prev_credit_ts END, c.depth + 1
                FROM chain c JOIN {tables}transfers t ON t.ledger = @ledger AND t.ts = c.previous
                WHERE c.previous <> 0 AND c.depth < @limit)
            SELECT {TransferColumns} FROM {tables}transfers WHERE ledger = @ledger AND ts IN (SELECT ts FROM chain) ORDER BY ts DESC
            """;
        ExpiredPendings = $"""
            SELECT e.pending_id FROM {tables}expiries e JOIN {tables}transfers t ON t.ledger = e.ledger AND t.id = e.pending_id
            WHERE e.ledger = @ledger AND e.ts <= @max AND (t.debit_account_id = @id OR t.credit_account_id = @id)
            """;

        ScanAccounts = CompositeFormat.Parse(
            $"SELECT id, code, flags, reference, ts, debits_pending, debits_posted, credits_pending, credits_posted, last_ts FROM {tables}accounts WHERE ledger = {{0}}");
        ScanTransferIds = CompositeFormat.Parse($"SELECT id FROM {tables}transfers WHERE ledger = {{0}} AND ts <= {{1}}");
        ScanReplay = CompositeFormat.Parse(
            $"SELECT id, debit_account_id, credit_account_id, amount, flags, pending_id, ts FROM {tables}transfers WHERE ledger = {{0}} AND ts > {{1}}");
        ScanPendings = CompositeFormat.Parse($"SELECT {TransferColumns} FROM {tables}transfers WHERE ledger = {{0}} AND (flags & 2) <> 0");
        ScanResolutions = CompositeFormat.Parse($"SELECT pending_id, flags FROM {tables}transfers WHERE ledger = {{0}} AND pending_id IS NOT NULL");
        ScanExpiries = CompositeFormat.Parse($"SELECT pending_id, ts FROM {tables}expiries WHERE ledger = {{0}}");
    }

    public string Checkpoint { get; }

    public string Account { get; }

    /// <summary>Selects the transfer columns in <see cref="LedgerReader"/>'s order.</summary>
    public string TransfersById { get; }

    public string Head { get; }

    public string Previous { get; }

    public string Chain { get; }

    public string ExpiredPendings { get; }

    public CompositeFormat ScanAccounts { get; }

    public CompositeFormat ScanTransferIds { get; }

    public CompositeFormat ScanReplay { get; }

    public CompositeFormat ScanPendings { get; }

    public CompositeFormat ScanResolutions { get; }

    public CompositeFormat ScanExpiries { get; }
}
