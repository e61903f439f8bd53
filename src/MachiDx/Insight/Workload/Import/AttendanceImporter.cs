using System.Globalization;
using MachiDx.Insight.Data;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.Workload.Import;

/// <summary>
/// Imports attendance months (職員番号, 年月, 残業時間, 年休日数, 所属), all-or-nothing, added or replaced by
/// (職員番号, 年月). 所属 may be left empty for a person with a staff account: their account's department is used.
/// </summary>
public sealed class AttendanceImporter(InsightDbContext db, StaffDirectory directory, AuditTrail audit)
{
    public static readonly IReadOnlyList<string> Header = ["職員番号", "年月", "残業時間", "年休日数", "所属"];

    public const string Sample = "職員番号,年月,残業時間,年休日数,所属\r\n1000,2026-04,12.5,1,\r\n5001,2026-04,48,0.5,税務課\r\n";

    public async Task<(int Count, IReadOnlyList<string> Errors)> ImportAsync(byte[] csv, CancellationToken ct)
    {
        var report = new CsvErrorReport();
        var departments = await directory.DepartmentsAsync(ct);
        var accounts = (await directory.AllAsync(ct)).ToDictionary(s => s.StaffNumber, StringComparer.Ordinal);
        var parsed = new List<AttendanceMonth>();
        var keys = new HashSet<(string, DateOnly)>();
        foreach (var row in CsvReader.Rows(csv, Header, report, new CsvReadOptions(OptionalTrailing: 1)))
        {
            var number = row.Raw(0);
            if (number.Length is 0 or > 20 || !number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                row.Error(0, $"「{number}」は半角英数字とハイフン20文字以内で入力してください。");
            }

            var month = row.Month(1);
            var overtime = row.Number(2, 0, 300);
            var leave = row.Number(3, 0, 31);
            var departmentText = row.Raw(4);
            string? department = null;
            if (departmentText.Length > 0)
            {
                department = departments.FirstOrDefault(d => d.Code == departmentText || d.Name == departmentText)?.Code;
                if (department is null)
                {
                    row.Error(4, $"「{departmentText}」は部署コードまたは部署名として登録されていません。");
                }
            }
            else if (accounts.TryGetValue(number, out var account))
            {
                department = account.DepartmentCode;
            }
            else if (row.Ok)
            {
                row.Error(4, $"職員番号「{number}」の職員アカウントがないため、所属を入力してください。");
            }

            if (month is { } m && row.Ok && !keys.Add((number, m)))
            {
                row.RowError(string.Create(CultureInfo.InvariantCulture, $"職員番号「{number}」の{m:yyyy-MM}がファイル内で重複しています。"));
            }

            if (row.Ok)
            {
                parsed.Add(new AttendanceMonth
                {
                    StaffNumber = number, DepartmentCode = department!, Month = month!.Value, FiscalYear = FiscalYears.Of(month.Value),
                    OvertimeHours = overtime!.Value, PaidLeaveDays = leave!.Value,
                });
            }
        }

        if (!report.IsEmpty)
        {
            return (0, report.Messages);
        }

        var numbers = parsed.Select(p => p.StaffNumber).Distinct().ToList();
        var existing = (await db.Attendance.Where(a => numbers.Contains(a.StaffNumber)).ToListAsync(ct))
            .ToDictionary(a => (a.StaffNumber, a.Month));
        foreach (var p in parsed)
        {
            if (existing.TryGetValue((p.StaffNumber, p.Month), out var current))
            {
                current.DepartmentCode = p.DepartmentCode;
                current.OvertimeHours = p.OvertimeHours;
                current.PaidLeaveDays = p.PaidLeaveDays;
            }
            else
            {
                p.Id = Guid.CreateVersion7();
                db.Attendance.Add(p);
            }
        }

        audit.Record(db, "Insight.Attendance.Imported", "AttendanceMonth", "csv", new { rows = parsed.Count, staff = numbers.Count });
        await db.SaveChangesAsync(ct);
        return (parsed.Count, []);
    }
}
