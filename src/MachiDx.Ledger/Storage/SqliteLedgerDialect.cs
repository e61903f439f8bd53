using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MachiDx.Ledger.Storage;

/// <summary>SQLite: tables prefixed <c>ledger_</c>, ids as 16-byte BLOBs, scans through SQLitePCL directly.</summary>
internal sealed class SqliteLedgerDialect : LedgerSqlDialect
{
    public static readonly SqliteLedgerDialect Instance = new();

    // SQLite has no arrays: a lookup by ids runs one primary-key lookup per id on one prepared command.
    private SqliteLedgerDialect()
        : base(new LedgerStatements("ledger_", "MAX", "id = @id"))
    {
    }

    // Deferred: a reader must not take the database's write lock.
    public override DbTransaction BeginSnapshot(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: true);

    public override object IdValue(UInt128 id) => IdBytes.ToBytes(id);

    // GetFieldValue<byte[]> copies the column straight from sqlite3_column_blob; GetBytes goes through a stream and
    // column-metadata lookups, which made loading ~50x slower.
    public override UInt128 Id(DbDataReader reader, int ordinal) => IdBytes.FromBytes(reader.GetFieldValue<byte[]>(ordinal));

    protected override ILedgerScan OpenScan(DbConnection connection, string sql) => new Rows(new RawStatement((SqliteConnection)connection, sql));

    private sealed class Rows(RawStatement statement) : ILedgerScan
    {
        private int column;

        public bool Read()
        {
            column = 0;
            return statement.Read();
        }

        public long Int64() => statement.Int64(column++);

        public int Int32() => (int)statement.Int64(column++);

        public UInt128 Id() => statement.Id(column++);

        public void Dispose() => statement.Dispose();
    }
}
