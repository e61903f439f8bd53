using System.Data;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace MachiDx.Ledger.Storage;

/// <summary>PostgreSQL: tables in schema <c>ledger</c>, ids as uuids, scans through binary COPY (much faster than row-by-row results).</summary>
internal sealed class PostgresLedgerDialect : LedgerSqlDialect
{
    public static readonly PostgresLedgerDialect Instance = new();

    private PostgresLedgerDialect()
        : base(new LedgerStatements("ledger.", "GREATEST", "id = ANY(@ids)"))
    {
    }

    public override DbTransaction BeginSnapshot(DbConnection connection) => connection.BeginTransaction(IsolationLevel.RepeatableRead);

    public override object IdValue(UInt128 id) => IdBytes.ToGuid(id);

    public override object? IdArray(IReadOnlyList<UInt128> ids)
    {
        var guids = new Guid[ids.Count];
        for (int i = 0; i < guids.Length; i++)
        {
            guids[i] = IdBytes.ToGuid(ids[i]);
        }

        return guids;
    }

    public override UInt128 Id(DbDataReader reader, int ordinal) => IdBytes.FromGuid(reader.GetGuid(ordinal));

    protected override ILedgerScan OpenScan(DbConnection connection, string sql) =>
        new Rows(((NpgsqlConnection)connection).BeginBinaryExport($"COPY ({sql}) TO STDOUT (FORMAT BINARY)"));

    private sealed class Rows(NpgsqlBinaryExporter export) : ILedgerScan
    {
        public bool Read() => export.StartRow() != -1;

        public long Int64() => export.Read<long>(NpgsqlDbType.Bigint);

        public int Int32() => export.Read<int>(NpgsqlDbType.Integer);

        public UInt128 Id()
        {
            if (export.IsNull)
            {
                export.Skip();
                return UInt128.Zero;
            }

            return IdBytes.FromGuid(export.Read<Guid>(NpgsqlDbType.Uuid));
        }

        public void Dispose() => export.Dispose();
    }
}
