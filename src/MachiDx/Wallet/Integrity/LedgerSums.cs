using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using MachiDx.Ledger;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Integrity;

/// <summary>
/// Set-based sums over the ledger's stored transfers, for the money-rule checks. The ledger's tables are this module's
/// (its migrations create them) and every committed transfer is in them; its engine answers one account or one id at a
/// time, which would be a round trip per payment. Only plain transfers are summed — lots, sales and budgets never take
/// part in two-phase transfers (pending, post and void rows are the payout reservations, checked from the run's lines).
/// </summary>
internal sealed class LedgerSums(WalletDbContext db)
{
    private const string Plain = "(flags & 14) = 0";

    private string Transfers => db.Database.IsNpgsql() ? "ledger.transfers" : "ledger_transfers";

    private string Accounts => db.Database.IsNpgsql() ? "ledger.accounts" : "ledger_accounts";

    /// <summary>
    /// Amount of the transfers of <paramref name="kind"/>, grouped by <paramref name="column"/> (debit_account_id,
    /// credit_account_id or reference); with <paramref name="onlyReferencesOf"/>, only references that also have a
    /// transfer of that kind (e.g. the payments that were refunded).
    /// </summary>
    public async Task<Dictionary<UInt128, long>> SumByAsync(int municipalityId, string column, TransferKind kind, TransferKind? onlyReferencesOf, CancellationToken ct)
    {
        if (column is not ("debit_account_id" or "credit_account_id" or "reference"))
        {
            throw new ArgumentOutOfRangeException(nameof(column));
        }

        var restrict = onlyReferencesOf is { } other
            ? $" AND reference IN (SELECT reference FROM {Transfers} WHERE ledger = @ledger AND code = {(int)other} AND {Plain})"
            : "";
        var sql = $"SELECT {column}, SUM(amount) FROM {Transfers} WHERE ledger = @ledger AND code = {(int)kind} AND {Plain}{restrict} AND {column} IS NOT NULL GROUP BY {column}";
        var sums = new Dictionary<UInt128, long>();
        await ReadAsync(sql, municipalityId, null, r => sums[Id(r.GetValue(0))] = Long(r.GetValue(1)), ct);
        return sums;
    }

    /// <summary>
    /// Per lot account kind: the value held by lot accounts right before <paramref name="beforeTimestamp"/> (credits minus
    /// debits of the transfers stamped earlier), and how many lot accounts held any.
    /// </summary>
    public async Task<Dictionary<AccountKind, (long Yen, int Lots)>> LotTotalsBeforeAsync(int municipalityId, long beforeTimestamp, CancellationToken ct)
    {
        var sql = $"""
            SELECT a.code, SUM(x.balance), SUM(CASE WHEN x.balance <> 0 THEN 1 ELSE 0 END)
            FROM (
                SELECT account, SUM(delta) AS balance FROM (
                    SELECT credit_account_id AS account, amount AS delta FROM {Transfers} WHERE ledger = @ledger AND ts < @before AND {Plain}
                    UNION ALL
                    SELECT debit_account_id, -amount FROM {Transfers} WHERE ledger = @ledger AND ts < @before AND {Plain}
                ) moves GROUP BY account
            ) x
            JOIN {Accounts} a ON a.ledger = @ledger AND a.id = x.account
            WHERE a.code IN ({(int)AccountKind.PurchasedLot}, {(int)AccountKind.PremiumLot}, {(int)AccountKind.PointsLot})
            GROUP BY a.code
            """;
        var totals = new Dictionary<AccountKind, (long, int)>();
        await ReadAsync(sql, municipalityId, beforeTimestamp, r => totals[(AccountKind)Long(r.GetValue(0))] = (Long(r.GetValue(1)), checked((int)Long(r.GetValue(2)))), ct);
        return totals;
    }

    private async Task ReadAsync(string sql, int municipalityId, long? before, Action<DbDataReader> row, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "@ledger", (long)WalletLedgerIds.Ledger(municipalityId));
            if (before is { } ts)
            {
                Add(command, "@before", ts);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                row(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    // SQLite stores ids as 16 big-endian bytes, PostgreSQL as uuid (the same bytes).
    private static UInt128 Id(object value) => value switch
    {
        byte[] bytes => BinaryPrimitives.ReadUInt128BigEndian(bytes),
        Guid guid => LedgerIds.FromGuid(guid),
        _ => throw new InvalidOperationException($"Unexpected ledger id type {value.GetType()}."),
    };

    // SUM is numeric on PostgreSQL and INTEGER on SQLite.
    private static long Long(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
