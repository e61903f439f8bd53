using System.Globalization;
using System.Security.Claims;
using MachiDx.Insight.Data;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Files;
using MachiDx.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.Inventory.Import;

/// <summary>
/// Imports inventory tasks from CSV, all-or-nothing: every row is checked (errors name the line and the column) before
/// anything is written; then tasks are added or updated by (年度, 所属, 大分類, 中分類, 業務名) in one SaveChanges.
/// A user may import only departments they may edit.
/// </summary>
public sealed class InventoryImporter(InsightDbContext db, StaffDirectory directory, AuditTrail audit, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Header =
    [
        "年度", "所属", "大分類", "中分類", "業務名", "繁忙期の月数", "繁忙期の月間件数", "通常期の月数", "通常期の月間件数",
        "閑散期の月数", "閑散期の月間件数", "1件あたりの分数", "人数", "処理媒体", "定型・非定型", "コア・ノンコア", "個人情報", "難易度", "根拠法令",
    ];

    public const string Sample =
        "年度,所属,大分類,中分類,業務名,繁忙期の月数,繁忙期の月間件数,通常期の月数,通常期の月間件数,閑散期の月数,閑散期の月間件数,1件あたりの分数,人数,処理媒体,定型・非定型,コア・ノンコア,個人情報,難易度,根拠法令\r\n"
        + "2026,市民課,住民記録,異動届,転入届の受付と入力,2,400,8,150,2,100,20,4,紙,定型,ノンコア,要配慮・マイナンバー,中,住民基本台帳法\r\n"
        + "2026,市民課,窓口,相談,窓口での手続き案内,2,300,8,200,2,150,8,3,混在,非定型,コア,個人情報,低,\r\n";

    public async Task<(int Count, IReadOnlyList<string> Errors)> ImportAsync(byte[] csv, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var report = new CsvErrorReport();
        var departments = await directory.DepartmentsAsync(ct);
        var me = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? await directory.FindAsync(id, ct) : null;
        var parsed = new List<WorkTask>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvReader.Rows(csv, Header, report))
        {
            var task = Parse(row, departments);
            if (task is null)
            {
                continue;
            }

            if (!InsightPolicies.CanEditDepartment(user, me, task.DepartmentCode))
            {
                row.Error(1, "この所属の業務を取り込む権限がありません（自分の所属の業務だけを取り込めます）。");
                continue;
            }

            if (!keys.Add(Key(task)))
            {
                row.RowError($"「{task.Major}／{task.Middle}／{task.Name}」（{task.FiscalYear}年度）がファイル内で重複しています。");
            }

            parsed.Add(task);
        }

        if (!report.IsEmpty)
        {
            return (0, report.Messages);
        }

        var years = parsed.Select(t => t.FiscalYear).Distinct().ToList();
        var existing = (await db.Tasks.Where(t => years.Contains(t.FiscalYear)).ToListAsync(ct)).ToDictionary(Key, StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        int added = 0, updated = 0;
        foreach (var task in parsed)
        {
            task.UpdatedAtUtc = now;
            if (existing.TryGetValue(Key(task), out var current))
            {
                task.Id = current.Id;
                task.MunicipalityId = current.MunicipalityId;
                db.Entry(current).CurrentValues.SetValues(task);
                updated++;
            }
            else
            {
                task.Id = Guid.CreateVersion7();
                db.Tasks.Add(task);
                added++;
            }
        }

        audit.Record(db, "Insight.Inventory.Imported", "WorkTask", "csv", new { added, updated, years });
        await db.SaveChangesAsync(ct);
        return (parsed.Count, []);
    }

    internal static string Key(WorkTask t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.FiscalYear}\u001f{t.DepartmentCode}\u001f{t.Major}\u001f{t.Middle}\u001f{t.Name}");

    private static WorkTask? Parse(CsvRow row, IReadOnlyList<DepartmentSummary> departments)
    {
        var year = row.Int(0, 2000, 2100);
        var departmentText = row.Raw(1);
        var department = departments.FirstOrDefault(d => d.Code == departmentText || d.Name == departmentText);
        if (department is null)
        {
            row.Error(1, $"「{departmentText}」は部署コードまたは部署名として登録されていません。");
        }

        var major = row.Text(2, 60);
        var middle = row.Text(3, 60);
        var name = row.Text(4, 100);
        var busyMonths = row.Int(5, 0, 12);
        var busy = row.Number(6, 0, 1_000_000);
        var normalMonths = row.Int(7, 0, 12);
        var normal = row.Number(8, 0, 1_000_000);
        var slackMonths = row.Int(9, 0, 12);
        var slack = row.Number(10, 0, 1_000_000);
        var minutes = row.Number(11, 0.1, 10_000);
        var people = row.Int(12, 1, 1_000);
        var medium = row.Choice(13, TaskLabels.ParseMedium, "「紙」「電子」「混在」");
        var ruleBased = row.Choice(14, TaskLabels.ParseRuleBased, "「定型」「非定型」");
        var core = row.Choice(15, TaskLabels.ParseCore, "「コア」「ノンコア」");
        var personal = row.Choice(16, TaskLabels.ParsePersonal, "「なし」「個人情報」「要配慮・マイナンバー」");
        var difficulty = row.Choice(17, TaskLabels.ParseDifficulty, "「低」「中」「高」");
        var legal = row.Text(18, 200, required: false);
        if (busyMonths is { } b && normalMonths is { } n && slackMonths is { } s && b + n + s != 12)
        {
            row.RowError(string.Create(CultureInfo.InvariantCulture, $"繁忙期・通常期・閑散期の月数の合計が{b + n + s}か月です（12か月にしてください）。"));
        }

        if (!row.Ok)
        {
            return null;
        }

        return new WorkTask
        {
            FiscalYear = year!.Value, DepartmentCode = department!.Code, Major = major!, Middle = middle!, Name = name!,
            BusyMonths = busyMonths!.Value, BusyCasesPerMonth = busy!.Value, NormalMonths = normalMonths!.Value, NormalCasesPerMonth = normal!.Value,
            SlackMonths = slackMonths!.Value, SlackCasesPerMonth = slack!.Value, MinutesPerCase = minutes!.Value, People = people!.Value,
            Medium = medium!.Value, RuleBased = ruleBased!.Value, Core = core!.Value, PersonalInfo = personal!.Value, Difficulty = difficulty!.Value,
            LegalBasis = legal ?? "",
        };
    }
}
