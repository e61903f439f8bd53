using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MachiDx.Ledger.Storage;

/// <summary>
/// A statement prepared once on the writer's connection and bound by index through SQLitePCL (the native layer under
/// Microsoft.Data.Sqlite): no boxing, no name lookups, ids bound from the stack. This is the hot path of every commit.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

    public void BindId(int index, UInt128 id)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, id);
        Check(raw.sqlite3_bind_blob(statement, index, bytes));
    }

    /// <summary>Binds an optional id: zero is stored as NULL.</summary>
    public void BindOptionalId(int index, UInt128 id)
    {
        if (id == UInt128.Zero)
        {
            Check(raw.sqlite3_bind_null(statement, index));
        }
        else
        {
            BindId(index, id);
        }
    }

    /// <summary>Runs the statement to completion and resets it for the next row.</summary>
    public void Execute()
    {
        int rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
    }

    /// <summary>Steps to the next row of a query; false when done (the statement is then reset).</summary>
    public bool Read()
    {
        int rc = raw.sqlite3_step(statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }

        return false;
    }

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    /// <summary>An id column read straight from SQLite's buffer; NULL reads as zero.</summary>
    public UInt128 Id(int column)
    {
        var bytes = raw.sqlite3_column_blob(statement, column);
        return bytes.Length == 16 ? BinaryPrimitives.ReadUInt128BigEndian(bytes) : UInt128.Zero;
    }

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
    }
}
