using System.Data.Common;
using System.Globalization;
using System.Text;

namespace MachiDx.Ledger.Storage;

/// <summary>
/// What the ledger's reads differ in between SQLite and PostgreSQL: table names and one function (rendered into
/// <see cref="Statements"/>), how an id is bound and read, how a snapshot begins and how a full scan streams. <see cref="LedgerReader"/> holds everything else.
/// </summary>
internal abstract class LedgerSqlDialect(LedgerStatements statements)
{
    public LedgerStatements Statements { get; } = statements;

    /// <summary>Begins a read-only transaction whose reads see one consistent state.</summary>
    public abstract DbTransaction BeginSnapshot(DbConnection connection);

    /// <summary>An id as a parameter value (SQLite: 16 big-endian bytes; PostgreSQL: a uuid).</summary>
    public abstract object IdValue(UInt128 id);

    /// <summary>The ids as one array parameter for <see cref="LedgerStatements.TransfersById"/>; null when ids are looked up one at a time.</summary>
    public virtual object? IdArray(IReadOnlyList<UInt128> ids) => null;

    public abstract UInt128 Id(DbDataReader reader, int ordinal);

    public UInt128 OptionalId(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? UInt128.Zero : Id(reader, ordinal);

    /// <summary>Starts a scan of <paramref name="sql"/> with the ledger and bound written into it (both are numbers).</summary>
    public ILedgerScan Scan(DbConnection connection, CompositeFormat sql, uint ledger, long bound = 0) =>
        OpenScan(connection, string.Format(CultureInfo.InvariantCulture, sql, (long)ledger, bound));

    protected abstract ILedgerScan OpenScan(DbConnection connection, string sql);
}
