using System.Globalization;
using System.Text.RegularExpressions;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Roster.Import;

/// <summary>
/// Validates the two roster CSV files completely before writing anything; every bad row gets a Japanese
/// message with its line number and field. Writes people (upsert by 職員番号), evaluations (by year) and
/// overtime (by month) in one SaveChanges, so an import is all-or-nothing.
/// </summary>
public sealed partial class RosterImporter(PersonnelDbContext db, StaffDirectory directory, AuditTrail audit)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"];

    // Either file may be empty as long as the import has a row; each message names its file.
    private static readonly CsvReadOptions StaffFile = new(File: "職員名簿 ", AllowEmpty: true);

    private static readonly CsvReadOptions RecordsFile = new(File: "評価・残業 ", AllowEmpty: true);

    public async Task<(ParsedImport? Import, IReadOnlyList<string> Errors)> ParseAsync(byte[] staffCsv, byte[]? recordsCsv, CancellationToken ct)
    {
        var departments = await directory.DepartmentsAsync(ct);
        var report = new CsvErrorReport();
        var people = ParseStaff(CsvReader.Rows(staffCsv, RosterCsvFormat.StaffHeader, report, StaffFile), departments);
        var known = (await db.Staff.Select(s => s.StaffNumber).ToListAsync(ct)).Concat(people.Select(p => p.StaffNumber)).ToHashSet(StringComparer.Ordinal);
        var records = recordsCsv is { Length: > 0 } ? ParseRecords(CsvReader.Rows(recordsCsv, RosterCsvFormat.RecordsHeader, report, RecordsFile), known) : [];
        if (people.Count == 0 && records.Count == 0 && report.IsEmpty)
        {
            report.Add("取り込むデータ行がありません（1行目は見出し行です）。");
        }

        return report.IsEmpty ? (new ParsedImport(people, records), []) : (null, report.Messages);
    }

    public async Task<string> ApplyAsync(ParsedImport import, Func<long, long, Task> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(import);
        var numbers = import.People.Select(p => p.StaffNumber).Concat(import.Records.Select(r => r.StaffNumber)).ToHashSet(StringComparer.Ordinal);
        var existing = await db.Staff.Include(s => s.Evaluations).Include(s => s.Overtime)
            .Where(s => numbers.Contains(s.StaffNumber)).ToDictionaryAsync(s => s.StaffNumber, StringComparer.Ordinal, ct);
        long done = 0;
        int added = 0, updated = 0;
        foreach (var p in import.People)
        {
            if (!existing.TryGetValue(p.StaffNumber, out var record))
            {
                record = new StaffRecord { Id = Guid.CreateVersion7(), StaffNumber = p.StaffNumber, FullName = p.FullName, FullNameKana = p.Kana, DepartmentCode = p.DepartmentCode, JobType = p.JobType };
                db.Staff.Add(record);
                existing[p.StaffNumber] = record;
                added++;
            }
            else
            {
                updated++;
            }

            record.FullName = p.FullName;
            record.FullNameKana = p.Kana;
            record.DepartmentCode = p.DepartmentCode;
            record.BirthDate = p.BirthDate;
            record.HireDate = p.HireDate;
            record.JobType = p.JobType;
            record.Employment = p.Employment;
            record.OnLeave = p.OnLeave;
            if (++done % 200 == 0)
            {
                await progress(done, import.RowCount);
            }
        }

        foreach (var r in import.Records)
        {
            var person = existing[r.StaffNumber];
            if (r.Year is { } year)
            {
                var evaluation = person.Evaluations.FirstOrDefault(e => e.FiscalYear == year);
                if (evaluation is null)
                {
                    evaluation = new Evaluation { Id = Guid.CreateVersion7(), FiscalYear = year, Band = r.Band!, StaffRecordId = person.Id };
                    person.Evaluations.Add(evaluation);
                }

                evaluation.Score = r.Score!.Value;
                evaluation.Band = r.Band!;
            }
            else
            {
                var month = person.Overtime.FirstOrDefault(o => o.Month == r.Month);
                if (month is null)
                {
                    month = new OvertimeMonth { Id = Guid.CreateVersion7(), Month = r.Month!.Value, StaffRecordId = person.Id };
                    person.Overtime.Add(month);
                }

                month.Hours = r.Hours!.Value;
            }

            if (++done % 200 == 0)
            {
                await progress(done, import.RowCount);
            }
        }

        audit.Record(db, "Roster.Imported", "Roster", "csv", new { added, updated, records = import.Records.Count });
        await db.SaveChangesAsync(ct);
        await progress(import.RowCount, import.RowCount);
        return string.Create(CultureInfo.GetCultureInfo("ja-JP"), $"職員{added}人を追加、{updated}人を更新し、評価・残業{import.Records.Count}件を取り込みました。");
    }

    private static List<ParsedImport.Person> ParseStaff(List<CsvRow> rows, IReadOnlyList<DepartmentSummary> departments)
    {
        var people = new List<ParsedImport.Person>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var number = row.Raw(0);
            if (!StaffNumberPattern().IsMatch(number))
            {
                row.RowError("職員番号は半角英数字とハイフン20文字以内で入力してください。");
            }
            else if (!seen.Add(number))
            {
                row.RowError($"職員番号「{number}」がファイル内で重複しています。");
            }

            var name = Required(row, 1, 100);
            var kana = Required(row, 2, 100);
            var departmentText = row.Raw(3);
            var department = departments.FirstOrDefault(d => d.Code == departmentText || d.Name == departmentText);
            if (department is null)
            {
                row.RowError($"所属「{departmentText}」は部署コードまたは部署名として登録されていません。");
            }

            var birth = Date(row, 4);
            var hire = Date(row, 5);
            if (birth is { } b && hire is { } h && h < b.AddYears(15))
            {
                row.RowError("採用日が生年月日から15年未満です。日付を確認してください。");
            }

            var jobType = Required(row, 6, 40);
            EmploymentType? employment = row.Raw(7) switch
            {
                "正規" => EmploymentType.Regular,
                "任期付" => EmploymentType.FixedTerm,
                "会計年度任用" => EmploymentType.FiscalYearAppointee,
                _ => null,
            };
            if (employment is null)
            {
                row.RowError($"雇用区分「{row.Raw(7)}」は「正規」「任期付」「会計年度任用」のいずれかにしてください。");
            }

            bool? onLeave = row.Raw(8) switch
            {
                "" or "0" or "いいえ" => false,
                "1" or "休職" or "はい" => true,
                _ => null,
            };
            if (onLeave is null)
            {
                row.RowError($"休職「{row.Raw(8)}」は空欄（在職）または「休職」にしてください。");
            }

            if (!row.Ok)
            {
                continue;
            }

            people.Add(new ParsedImport.Person(number, name!, kana!, department!.Code, birth!.Value, hire!.Value, jobType!, employment!.Value, onLeave!.Value));
        }

        return people;
    }

    private static List<ParsedImport.Record> ParseRecords(List<CsvRow> rows, HashSet<string> known)
    {
        var records = new List<ParsedImport.Record>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var number = row.Raw(0);
            var kind = row.Raw(1);
            var period = row.Raw(2);
            var value = double.TryParse(row.Raw(3), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null;
            if (!known.Contains(number))
            {
                row.RowError($"職員番号「{number}」は名簿にもこのファイルの職員名簿にもありません。");
            }

            if (!seen.Add(number + "/" + kind + "/" + period))
            {
                row.RowError($"職員番号「{number}」の{kind}「{period}」がファイル内で重複しています。");
            }

            if (kind == "評価")
            {
                var band = row.Raw(4).ToUpperInvariant();
                if (!int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1990 || year > 2100)
                {
                    row.RowError($"年度「{period}」は西暦4桁（例: 2025）で入力してください。");
                }

                if (value is not (>= 1.0 and <= 5.0))
                {
                    row.RowError($"評価の値「{row.Raw(3)}」は1.0〜5.0の数値で入力してください。");
                }

                if (band is not ("S" or "A" or "B" or "C" or "D"))
                {
                    row.RowError($"区分「{row.Raw(4)}」はS・A・B・C・Dのいずれかにしてください。");
                }

                if (row.Ok)
                {
                    records.Add(new ParsedImport.Record(number, year, value, band, null, null));
                }
            }
            else if (kind == "残業")
            {
                if (!DateOnly.TryParseExact(period + "-01", ["yyyy-MM-dd", "yyyy/MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
                {
                    row.RowError($"年月「{period}」は「2026-03」の形で入力してください。");
                }

                if (value is not (>= 0 and <= 300))
                {
                    row.RowError($"残業時間「{row.Raw(3)}」は0〜300の数値（時間）で入力してください。");
                }

                if (row.Ok)
                {
                    records.Add(new ParsedImport.Record(number, null, null, null, month, value));
                }
            }
            else
            {
                row.RowError($"種別「{kind}」は「評価」または「残業」にしてください。");
            }
        }

        return records;
    }

    private static string? Required(CsvRow row, int column, int max)
    {
        var field = RosterCsvFormat.StaffHeader[column];
        var trimmed = row.Raw(column);
        if (trimmed.Length == 0)
        {
            row.RowError($"{field}が空欄です。");
            return null;
        }

        if (trimmed.Length > max)
        {
            row.RowError(string.Create(CultureInfo.InvariantCulture, $"{field}は{max}文字以内にしてください。"));
            return null;
        }

        return trimmed;
    }

    private static DateOnly? Date(CsvRow row, int column)
    {
        var value = row.Raw(column);
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1900)
        {
            return date;
        }

        row.RowError($"{RosterCsvFormat.StaffHeader[column]}「{value}」は日付として読めません（例: 1990-04-01）。");
        return null;
    }

    [GeneratedRegex("^[0-9A-Za-z-]{1,20}$")]
    private static partial Regex StaffNumberPattern();
}
