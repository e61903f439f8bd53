namespace MachiDx.Ledger;

/// <summary>
/// The ledger's tables per provider, as idempotent DDL. The application's EF Core migrations apply it with
/// <c>migrationBuilder.Sql(LedgerSchema.Sqlite)</c> / <c>LedgerSchema.Postgres</c>; tests and the bench let the engine apply it.
/// Account balances (and each account's latest transfer, <c>last_ts</c>) are stored as of the checkpoint timestamp in
/// <c>checkpoints</c>; later transfers are replayed at start. There is no per-account index on transfers: each transfer
/// links to the previous transfer of its debit and of its credit account (<c>prev_debit_ts</c>, <c>prev_credit_ts</c>),
/// so an account's history is a chain walked by primary key, and a commit only appends (see ADR 0011).
/// </summary>
public static class LedgerSchema
{
    /// <summary>Version of the DDL below; bump it (and add a migration) when it changes.</summary>
    public const int Version = 1;

    /// <summary>SQLite: tables prefixed <c>ledger_</c>. Ids are 16-byte big-endian BLOBs; amounts and timestamps INTEGER.</summary>
    public const string Sqlite = """
        CREATE TABLE IF NOT EXISTS ledger_accounts (
            ledger INTEGER NOT NULL,
            id BLOB NOT NULL,
            code INTEGER NOT NULL,
            flags INTEGER NOT NULL,
            reference BLOB NULL,
            ts INTEGER NOT NULL,
            debits_pending INTEGER NOT NULL,
            debits_posted INTEGER NOT NULL,
            credits_pending INTEGER NOT NULL,
            credits_posted INTEGER NOT NULL,
            last_ts INTEGER NOT NULL,
            PRIMARY KEY (ledger, id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS ledger_transfers (
            ledger INTEGER NOT NULL,
            ts INTEGER NOT NULL,
            id BLOB NOT NULL,
            debit_account_id BLOB NOT NULL,
            credit_account_id BLOB NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            pending_id BLOB NULL,
            timeout_seconds INTEGER NOT NULL,
            code INTEGER NOT NULL,
            flags INTEGER NOT NULL,
            reference BLOB NULL,
            prev_debit_ts INTEGER NOT NULL,
            prev_credit_ts INTEGER NOT NULL,
            PRIMARY KEY (ledger, ts)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX IF NOT EXISTS ledger_transfers_id ON ledger_transfers (ledger, id);
        CREATE INDEX IF NOT EXISTS ledger_transfers_pending ON ledger_transfers (ledger, ts) WHERE (flags & 2) <> 0;
        CREATE INDEX IF NOT EXISTS ledger_transfers_resolution ON ledger_transfers (ledger, pending_id) WHERE pending_id IS NOT NULL;
        CREATE TABLE IF NOT EXISTS ledger_expiries (
            ledger INTEGER NOT NULL,
            pending_id BLOB NOT NULL,
            ts INTEGER NOT NULL,
            PRIMARY KEY (ledger, pending_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS ledger_checkpoints (
            ledger INTEGER NOT NULL PRIMARY KEY,
            ts INTEGER NOT NULL
        );
        """;

    /// <summary>PostgreSQL: tables in schema <c>ledger</c>. Ids are uuid (big-endian bytes of the 128-bit id).</summary>
    public const string Postgres = """
        CREATE SCHEMA IF NOT EXISTS ledger;
        CREATE TABLE IF NOT EXISTS ledger.accounts (
            ledger bigint NOT NULL,
            id uuid NOT NULL,
            code integer NOT NULL,
            flags integer NOT NULL,
            reference uuid NULL,
            ts bigint NOT NULL,
            debits_pending bigint NOT NULL,
            debits_posted bigint NOT NULL,
            credits_pending bigint NOT NULL,
            credits_posted bigint NOT NULL,
            last_ts bigint NOT NULL,
            PRIMARY KEY (ledger, id)
        );
        CREATE TABLE IF NOT EXISTS ledger.transfers (
            ledger bigint NOT NULL,
            ts bigint NOT NULL,
            id uuid NOT NULL,
            debit_account_id uuid NOT NULL,
            credit_account_id uuid NOT NULL,
            amount bigint NOT NULL CHECK (amount > 0),
            pending_id uuid NULL,
            timeout_seconds bigint NOT NULL,
            code integer NOT NULL,
            flags integer NOT NULL,
            reference uuid NULL,
            prev_debit_ts bigint NOT NULL,
            prev_credit_ts bigint NOT NULL,
            PRIMARY KEY (ledger, ts)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS transfers_id ON ledger.transfers (ledger, id);
        CREATE INDEX IF NOT EXISTS transfers_pending ON ledger.transfers (ledger, ts) WHERE (flags & 2) <> 0;
        CREATE INDEX IF NOT EXISTS transfers_resolution ON ledger.transfers (ledger, pending_id) WHERE pending_id IS NOT NULL;
        CREATE TABLE IF NOT EXISTS ledger.expiries (
            ledger bigint NOT NULL,
            pending_id uuid NOT NULL,
            ts bigint NOT NULL,
            PRIMARY KEY (ledger, pending_id)
        );
        CREATE TABLE IF NOT EXISTS ledger.checkpoints (
            ledger bigint NOT NULL PRIMARY KEY,
            ts bigint NOT NULL
        );
        """;
}
