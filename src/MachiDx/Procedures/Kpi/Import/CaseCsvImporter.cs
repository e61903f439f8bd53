using System.Globalization;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using MachiDx.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Kpi.Import;

/// <summary>
/// Monthly counts from a CSV file (手続きコード, 年月, 受付の方法, 件数). Every row is checked before anything is
/// written; one bad row rejects the file, with a Japanese message per row. A row replaces the month's earlier
/// imported total for that procedure and channel (so a corrected file can be imported again); 0 removes it.
/// Day-by-day entries typed on the page are kept and add to it.
/// </summary>
internal sealed class CaseCsvImporter(ProceduresDbContext db, AuditTrail audit, CurrentActor actor, TimeProvider time)
{
    public static readonly string[] Header = ["手続きコード", "年月", "受付の方法", "件数"];

    public const int MaxRows = 5_000;

    public static string Sample(DateOnly month) =>
        "手続きコード,年月,受付の方法,件数\r\n" +
        string.Create(CultureInfo.InvariantCulture, $"toshokan-yoyaku,{month:yyyy-MM},窓口,120\r\n") +
        string.Create(CultureInfo.InvariantCulture, $"toshokan-yoyaku,{month:yyyy-MM},電話,35\r\n") +
        string.Create(CultureInfo.InvariantCulture, $"toshokan-yoyaku,{month:yyyy-MM},オンライン（他のシステム）,140\r\n") +
        string.Create(CultureInfo.InvariantCulture, $"sodai-gomi,{month:yyyy-MM},電話,48\r\n") +
        string.Create(CultureInfo.InvariantCulture, $"suido-kaishi,{month:yyyy-MM},郵送,6\r\n");

    public async Task<(IReadOnlyList<MonthlyCount>? Rows, IReadOnlyList<string> Errors)> ParseAsync(byte[] csv, CancellationToken ct)
    {
        var codes = (await db.CityProcedures.Select(p => p.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var today = JapanTime.Today(time);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var rows = new List<MonthlyCount>();
        var report = new CsvErrorReport();
        var seen = new HashSet<(string, DateOnly, string)>();
        foreach (var row in CsvReader.Rows(csv, Header, report, new CsvReadOptions(MaxRows: MaxRows)))
        {
            var code = row.Raw(0);
            if (!codes.Contains(code))
            {
                row.RowError($"手続きコード「{code}」はこの市の手続きにありません。");
            }

            var monthText = row.Raw(1);
            var monthOk = DateOnly.TryParseExact(monthText + "-01", ["yyyy-MM-dd", "yyyy/MM-dd", "yyyy-M-dd", "yyyy/M-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month);
            if (!monthOk)
            {
                row.RowError($"年月「{monthText}」は「2026-04」の形で入力してください。");
            }
            else if (month > thisMonth || month < Cases.CaseRules.Earliest)
            {
                row.RowError($"年月「{monthText}」は2020年4月から今月までにしてください。");
            }

            var channel = CaseChannel.Parse(row.Raw(2));
            if (channel is null)
            {
                row.RowError($"受付の方法「{row.Raw(2)}」は「窓口」「郵送」「電話」「オンライン（他のシステム）」のいずれかにしてください。");
            }

            var countText = row.Raw(3);
            if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 100_000)
            {
                row.RowError($"件数「{countText}」は0から100,000までの整数で入力してください。");
            }

            if (row.Ok && !seen.Add((code, month, channel!)))
            {
                row.RowError($"「{code}」の{monthText}の{CaseChannel.Label(channel!)}がファイル内で重複しています。");
            }

            if (row.Ok)
            {
                rows.Add(new MonthlyCount(code, month, channel!, count));
            }
        }

        return report.IsEmpty ? (rows, []) : (null, report.Messages);
    }

    /// <summary>Writes every row in one SaveChanges: all or nothing; null when a concurrent import stored the same month's counts first.</summary>
    public async Task<string?> ApplyAsync(IReadOnlyList<MonthlyCount> rows, CancellationToken ct)
    {
        var months = rows.Select(r => r.Month).Distinct().ToList();
        var existing = await db.CaseCounts.Where(c => c.WholeMonth && months.Contains(c.Date)).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        int added = 0, replaced = 0, removed = 0;
        foreach (var row in rows)
        {
            var earlier = existing.Where(c => c.ProcedureCode == row.ProcedureCode && c.Date == row.Month && c.Channel == row.Channel).ToList();
            db.CaseCounts.RemoveRange(row.Count == 0 ? earlier : earlier.Skip(1));
            if (row.Count == 0)
            {
                removed += earlier.Count;
                continue;
            }

            if (earlier.Count > 0)
            {
                earlier[0].Count = row.Count;
                earlier[0].RecordedById = actor.UserId;
                earlier[0].RecordedByName = actor.Name;
                earlier[0].RecordedAtUtc = now;
                replaced++;
                continue;
            }

            db.CaseCounts.Add(new CaseCount
            {
                Id = Guid.CreateVersion7(), ProcedureCode = row.ProcedureCode, Channel = row.Channel, Date = row.Month, WholeMonth = true,
                Count = row.Count, RecordedById = actor.UserId, RecordedByName = actor.Name, RecordedAtUtc = now,
            });
            added++;
        }

        audit.Record(db, "Kpi.CasesImported", "CaseCount", "csv", new { rows = rows.Count, added, replaced, removed, months = months.Order().Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture)) });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another import added the same month's counts a moment ago (a double click, another tab): the index kept theirs.
            db.ChangeTracker.Clear();
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{rows.Count}行を取り込みました（追加 {added}件、置き換え {replaced}件、削除 {removed}件）。");
    }
}
