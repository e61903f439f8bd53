using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MachiDx.Platform.Data;

/// <summary>Where PostgreSQL's client tools are (section "Backup"); empty means on PATH.</summary>
public sealed class BackupOptions
{
    public const string SectionName = "Backup";

    public string PostgresBinDirectory { get; set; } = "";
}

/// <summary>
/// Backs up the whole database (every module's tables, the ledger and the audit chains) to one file, and restores
/// such a file into an empty database. SQLite uses its online backup API, so the application may keep running;
/// PostgreSQL uses pg_dump's custom format and pg_restore in a single transaction (all or nothing).
/// Uploaded files live outside the database (Files:Root) and are copied separately: see docs/operations.md.
/// </summary>
public sealed class DatabaseBackup(IServiceProvider services, IOptions<DatabaseOptions> database, IOptions<BackupOptions> backup)
{
    public async Task BackupAsync(string file, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            throw new BackupException($"{target} already exists; a backup never overwrites a file.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(ModuleDatabaseRegistration.SqliteConnectionString(services));
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
            await source.OpenAsync(cancellationToken);
            await copy.OpenAsync(cancellationToken);
            source.BackupDatabase(copy);
            return;
        }

        await RunPostgresToolAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", target], cancellationToken);
    }

    public async Task RestoreAsync(string file, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new BackupException($"{source} does not exist.");
        }

        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            // The file is checked whole before the target is even opened (opening creates it): a truncated or corrupt
            // backup ends with an error and leaves nothing behind.
            await using var backupFile = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await EnsureSoundSqliteBackupAsync(backupFile, source, cancellationToken);
            await using var target = new SqliteConnection(ModuleDatabaseRegistration.SqliteConnectionString(services));
            await target.OpenAsync(cancellationToken);
            await EnsureEmptyAsync(target, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", cancellationToken);
            try
            {
                backupFile.BackupDatabase(target);
            }
            catch (SqliteException ex)
            {
                throw Unreadable(source, ex.Message);
            }

            return;
        }

        await using (var target = new NpgsqlConnection(database.Value.ConnectionString))
        {
            await target.OpenAsync(cancellationToken);
            await EnsureEmptyAsync(target,
                "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", cancellationToken);
        }

        // The table of contents first (reads the file only); the data then in one transaction, all or nothing.
        await RunPostgresToolAsync("pg_restore", ["--list", source], cancellationToken, failure: detail => Unreadable(source, detail));
        var name = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString).Database ?? "";
        await RunPostgresToolAsync("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", name, source], cancellationToken,
            failure: detail => new BackupException($"{detail} — nothing was restored (one transaction). / 復元できませんでした。何も復元していません（データベースは変更していません）。"));
    }

    private static async Task EnsureSoundSqliteBackupAsync(SqliteConnection backupFile, string source, CancellationToken cancellationToken)
    {
        try
        {
            await backupFile.OpenAsync(cancellationToken);
            await using var check = backupFile.CreateCommand();
            check.CommandText = "PRAGMA quick_check";
            var verdict = Convert.ToString(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (verdict != "ok")
            {
                throw Unreadable(source, verdict ?? "quick_check gave no answer");
            }

            await using var tables = backupFile.CreateCommand();
            tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
            if (Convert.ToInt64(await tables.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                throw Unreadable(source, "the file holds no tables");
            }
        }
        catch (SqliteException ex)
        {
            throw Unreadable(source, ex.Message);
        }
    }

    private static BackupException Unreadable(string source, string detail) => new(
        $"{source} is not a complete MachiDX backup ({detail}); nothing was restored. / " +
        "バックアップファイルが壊れているか、途中で切れています。何も復元していません。");

    private static async Task EnsureEmptyAsync(System.Data.Common.DbConnection connection, string countTables, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = countTables;
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            throw new BackupException("The target database is not empty; restore only into a new, empty database.");
        }
    }

    private async Task RunPostgresToolAsync(
        string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken, Func<string, BackupException>? failure = null)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString);
        var directory = backup.Value.PostgresBinDirectory;
        var start = new ProcessStartInfo(string.IsNullOrEmpty(directory) ? tool : Path.Combine(directory, tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Credentials go through the environment, never the command line (visible to other users in ps).
        start.Environment["PGHOST"] = connection.Host ?? "localhost";
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database ?? "";
        start.Environment["PGUSER"] = connection.Username ?? "";
        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password;
        }

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var detail = $"{tool} failed ({process.ExitCode}): {(await errors).Trim()} {(await output).Trim()}".Trim();
            throw failure?.Invoke(detail) ?? new BackupException(detail);
        }
    }
}

public sealed class BackupException(string message) : Exception(message);
