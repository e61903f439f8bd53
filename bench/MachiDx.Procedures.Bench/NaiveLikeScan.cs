using System.Data.Common;
using MachiDx.Procedures.Search;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MachiDx.Procedures.Bench;

/// <summary>
/// The baseline: what a module without a search engine would do. The same rows in one table, the raw
/// query in <c>LIKE '%q%'</c> over name, reading, keywords and summary, name matches first, 20 rows.
/// Sorting by the name match makes the database scan every row, as a ranked result must.
/// </summary>
internal sealed class NaiveLikeScan : IDisposable
{
    private const string SearchSql = """
        SELECT code FROM procedures
        WHERE name LIKE @p ESCAPE '\' OR kana LIKE @p ESCAPE '\' OR keywords LIKE @p ESCAPE '\' OR summary LIKE @p ESCAPE '\'
        ORDER BY CASE WHEN name LIKE @p ESCAPE '\' THEN 0 ELSE 1 END, code
        LIMIT 20
        """;

    private readonly DbConnection connection;
    private readonly DbCommand search;
    private readonly DbParameter pattern;
    private readonly Action? cleanUp;

    private NaiveLikeScan(DbConnection connection, Action? cleanUp)
    {
        this.connection = connection;
        this.cleanUp = cleanUp;
        search = connection.CreateCommand();
        search.CommandText = SearchSql;
        pattern = search.CreateParameter();
        pattern.ParameterName = "p";
        pattern.Value = "%";
        search.Parameters.Add(pattern);
    }

    public static NaiveLikeScan OnSqlite(IReadOnlyList<ProcedureSearchDocument> documents)
    {
        var path = Path.Combine(Path.GetTempPath(), $"machidx-bench-{Guid.NewGuid():N}.db");
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var scan = new NaiveLikeScan(connection, () => File.Delete(path));
        scan.Load(documents, "CREATE TABLE procedures (code TEXT PRIMARY KEY, name TEXT NOT NULL, kana TEXT NOT NULL, keywords TEXT NOT NULL, summary TEXT NOT NULL)");
        scan.search.Prepare();
        return scan;
    }

    public static NaiveLikeScan OnPostgres(string connectionString, IReadOnlyList<ProcedureSearchDocument> documents)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = "machidx_bench" };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        Execute(connection, "DROP SCHEMA IF EXISTS machidx_bench CASCADE; CREATE SCHEMA machidx_bench");
        var scan = new NaiveLikeScan(connection, () => Execute(connection, "DROP SCHEMA IF EXISTS machidx_bench CASCADE"));
        scan.Load(documents, "CREATE TABLE procedures (code text PRIMARY KEY, name text NOT NULL, kana text NOT NULL, keywords text NOT NULL, summary text NOT NULL)");
        Execute(connection, "ANALYZE procedures");
        scan.search.Prepare();
        return scan;
    }

    /// <summary>Runs the scan for the raw query and returns the number of rows read.</summary>
    public int Search(string query)
    {
        pattern.Value = "%" + query.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        using var reader = search.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }

    public void Dispose()
    {
        search.Dispose();
        cleanUp?.Invoke();
        connection.Dispose();
    }

    private void Load(IReadOnlyList<ProcedureSearchDocument> documents, string createTable)
    {
        Execute(connection, createTable);
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO procedures (code, name, kana, keywords, summary) VALUES (@code, @name, @kana, @keywords, @summary)";
        var parameters = new[] { "code", "name", "kana", "keywords", "summary" }.Select(name =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = string.Empty;
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        foreach (var document in documents)
        {
            parameters[0].Value = document.Code;
            parameters[1].Value = document.Name;
            parameters[2].Value = document.Kana;
            parameters[3].Value = string.Join(' ', document.Keywords);
            parameters[4].Value = document.Summary;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
