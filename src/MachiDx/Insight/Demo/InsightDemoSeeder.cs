using MachiDx.Insight.Data;
using MachiDx.Insight.DigiLab.Request;
using MachiDx.Insight.Inventory;
using MachiDx.Insight.Workload;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.Demo;

/// <summary>
/// Deterministic demo data per city: an inventory of a dozen tasks in five departments for 2025 and 2026年度, attendance
/// for every staff account from 2024-04 to 2026-10, and six DigiLab requests (two live with monthly volumes and freed
/// hours). Skips a city that already has inventory tasks.
/// </summary>
internal sealed class InsightDemoSeeder : IDemoDataContributor
{
    private static readonly DateOnly FirstMonth = new(2024, 4, 1);
    private static readonly DateOnly LastMonth = new(2026, 10, 1);

    // (department, 大, 中, 業務名, busy months×cases, normal, slack, minutes, people, medium, 定型, コア, personal, difficulty, 根拠法令)
    private static readonly (string Dept, string Major, string Middle, string Name, int BusyM, double Busy, int NormalM, double Normal, int SlackM, double Slack,
        double Minutes, int People, InputMedium Medium, bool Rule, bool Core, PersonalInfoLevel Personal, Difficulty Difficulty, string Law)[] Tasks =
    [
        ("shimin", "住民記録", "異動届", "転入・転出届の受付と入力", 2, 600, 8, 250, 2, 180, 25, 4, InputMedium.Paper, true, false, PersonalInfoLevel.Sensitive, Difficulty.Medium, "住民基本台帳法"),
        ("shimin", "証明", "交付", "住民票の写し等の交付", 2, 1200, 8, 800, 2, 600, 6, 3, InputMedium.Paper, true, false, PersonalInfoLevel.Sensitive, Difficulty.Low, "住民基本台帳法"),
        ("shimin", "窓口", "案内", "窓口での手続き案内", 2, 900, 8, 600, 2, 500, 5, 3, InputMedium.Mixed, false, true, PersonalInfoLevel.Personal, Difficulty.Medium, ""),
        ("shimin", "戸籍", "届出", "戸籍届出の審査", 0, 0, 12, 120, 0, 0, 40, 2, InputMedium.Paper, false, true, PersonalInfoLevel.Sensitive, Difficulty.High, "戸籍法"),
        ("zeimu", "住民税", "賦課", "給与支払報告書の入力", 3, 3000, 3, 300, 6, 50, 4, 4, InputMedium.Paper, true, false, PersonalInfoLevel.Sensitive, Difficulty.Medium, "地方税法"),
        ("zeimu", "住民税", "証明", "課税証明書の交付", 2, 400, 8, 250, 2, 150, 6, 2, InputMedium.Digital, true, false, PersonalInfoLevel.Sensitive, Difficulty.Low, "地方税法"),
        ("zeimu", "固定資産税", "評価", "家屋評価の現地調査", 2, 40, 8, 20, 2, 10, 180, 2, InputMedium.Paper, false, true, PersonalInfoLevel.Personal, Difficulty.High, "地方税法"),
        ("kikaku", "庶務", "会議", "庁内会議の議事録作成", 0, 0, 12, 15, 0, 0, 240, 1, InputMedium.Digital, false, false, PersonalInfoLevel.None, Difficulty.Low, ""),
        ("kikaku", "企画", "統計", "各種調査への回答", 2, 20, 8, 10, 2, 5, 120, 2, InputMedium.Digital, false, false, PersonalInfoLevel.None, Difficulty.Medium, ""),
        ("kikaku", "庶務", "経理", "支出命令の作成", 0, 0, 12, 150, 0, 0, 12, 2, InputMedium.Digital, true, false, PersonalInfoLevel.None, Difficulty.Low, "地方自治法"),
        ("kosodate", "児童手当", "認定", "児童手当の認定請求の審査・入力", 2, 150, 8, 60, 2, 40, 30, 2, InputMedium.Paper, true, false, PersonalInfoLevel.Sensitive, Difficulty.Medium, "児童手当法"),
        ("kosodate", "相談", "記録", "子育て相談の記録", 0, 0, 12, 80, 0, 0, 20, 3, InputMedium.Digital, false, true, PersonalInfoLevel.Personal, Difficulty.Medium, "児童福祉法"),
    ];

    private static readonly Dictionary<string, double> OvertimeLevel = new(StringComparer.Ordinal)
    {
        ["shimin"] = 14, ["zeimu"] = 18, ["kikaku"] = 12, ["kosodate"] = 11, ["somu"] = 15, ["kaikei"] = 9,
    };

    public int Order => 400;

    public async Task SeedAsync(MunicipalityInfo municipality, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<InsightDbContext>();
        if (await db.Tasks.AnyAsync(cancellationToken))
        {
            return;
        }

        var directory = services.GetRequiredService<StaffDirectory>();
        var departments = (await directory.DepartmentsAsync(cancellationToken)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var random = new Random(12_000 + municipality.Id);
        var now = DateTime.UtcNow;
        var tasks = new List<WorkTask>();
        foreach (var year in new[] { 2025, 2026 })
        {
            foreach (var t in Tasks.Where(t => departments.Contains(t.Dept)))
            {
                var growth = year == 2025 ? 0.95 : 1.0;
                tasks.Add(new WorkTask
                {
                    Id = Guid.CreateVersion7(), FiscalYear = year, DepartmentCode = t.Dept, Major = t.Major, Middle = t.Middle, Name = t.Name,
                    BusyMonths = t.BusyM, BusyCasesPerMonth = Math.Round(t.Busy * growth), NormalMonths = t.NormalM, NormalCasesPerMonth = Math.Round(t.Normal * growth),
                    SlackMonths = t.SlackM, SlackCasesPerMonth = Math.Round(t.Slack * growth), MinutesPerCase = t.Minutes, People = t.People,
                    Medium = t.Medium, RuleBased = t.Rule, Core = t.Core, PersonalInfo = t.Personal, Difficulty = t.Difficulty, LegalBasis = t.Law, UpdatedAtUtc = now,
                });
            }
        }

        db.Tasks.AddRange(tasks);
        var staff = await directory.AllAsync(cancellationToken);
        foreach (var person in staff)
        {
            var level = OvertimeLevel.GetValueOrDefault(person.DepartmentCode, 7);
            for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1))
            {
                var seasonal = month.Month is 3 or 4 ? 1.8 : month.Month is 1 or 2 ? 1.3 : 1.0;
                db.Attendance.Add(new AttendanceMonth
                {
                    Id = Guid.CreateVersion7(), StaffNumber = person.StaffNumber, DepartmentCode = person.DepartmentCode, Month = month,
                    FiscalYear = FiscalYears.Of(month), OvertimeHours = Math.Round(level * seasonal * (0.4 + (random.NextDouble() * 1.4)), 1),
                    PaidLeaveDays = Math.Round(random.NextDouble() * 1.6 * 2, MidpointRounding.AwayFromZero) / 2,
                });
            }
        }

        var dx = staff.Where(s => s.DepartmentCode == "kikaku").OrderBy(s => s.StaffNumber, StringComparer.Ordinal).FirstOrDefault();
        AddRequests(db, tasks.Where(t => t.FiscalYear == 2026).ToList(), dx, departments, random, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddRequests(InsightDbContext db, List<WorkTask> tasks, StaffIdentity? dx, HashSet<string> departments, Random random, DateTime now)
    {
        Guid? TaskId(string name) => tasks.FirstOrDefault(t => t.Name == name)?.Id;
        var requests = new[]
        {
            New(1, "庁内会議の議事録をAIで作成", "kikaku", TaskId("庁内会議の議事録作成"), ServiceType.AiMinutes, RequestStatus.Live, 240, 90, new DateOnly(2025, 10, 1), "会議1時間の議事録に4時間かかっている。"),
            New(2, "支出命令の作成をRPAで自動化", "kikaku", TaskId("支出命令の作成"), ServiceType.Rpa, RequestStatus.Live, 12, 3, new DateOnly(2026, 1, 1), "財務会計システムへの転記を自動化したい。"),
            New(3, "給与支払報告書をAI-OCRで読み取り", "zeimu", TaskId("給与支払報告書の入力"), ServiceType.AiOcr, RequestStatus.Developing, 4, null, null, "1月〜3月に紙の報告書が集中する。"),
            New(4, "児童手当の申請書の読み取り", "kosodate", TaskId("児童手当の認定請求の審査・入力"), ServiceType.AiOcr, RequestStatus.Reviewing, 30, null, null, "手書きの申請書の入力を減らしたい。"),
            New(5, "窓口の待ち状況をウェブで表示", "shimin", null, ServiceType.Other, RequestStatus.Received, null, null, null, "住民から待ち時間の問い合わせが多い。"),
            New(6, "各種調査への回答の自動化", "kikaku", TaskId("各種調査への回答"), ServiceType.Rpa, RequestStatus.Declined, null, null, null, "調査ごとに様式が違い、自動化に向かないため見送り。"),
        };
        foreach (var r in requests.Where(r => departments.Contains(r.DepartmentCode)))
        {
            if (r.Status is RequestStatus.Live or RequestStatus.Developing && dx is not null)
            {
                r.AssigneeStaffNumber = dx.StaffNumber;
                r.AssigneeName = dx.FullName;
            }

            if (r.LiveSince is { } since)
            {
                for (var month = since; month <= LastMonth; month = month.AddMonths(1))
                {
                    var cases = r.Type == ServiceType.AiMinutes ? 12 + random.Next(8) : 130 + random.Next(40);
                    db.Usage.Add(new UsageMonth { Id = Guid.CreateVersion7(), RequestId = r.Id, Month = month, Cases = cases });
                }
            }

            db.Requests.Add(r);
        }

        if (departments.Contains("kikaku"))
        {
            db.FreedHours.AddRange(
                new FreedHours { Id = Guid.CreateVersion7(), RequestId = requests[0].Id, Use = FreedHoursUse.Consultations, Hours = 120, Note = "地域団体との打合せに充てた" },
                new FreedHours { Id = Guid.CreateVersion7(), RequestId = requests[0].Id, Use = FreedHoursUse.LessOvertime, Hours = 150, Note = "" },
                new FreedHours { Id = Guid.CreateVersion7(), RequestId = requests[1].Id, Use = FreedHoursUse.LessOvertime, Hours = 60, Note = "月末の残業が減った" });
        }

        DigiLabRequest New(int number, string title, string department, Guid? task, ServiceType type, RequestStatus status, double? before, double? after, DateOnly? live, string description) =>
            new()
            {
                Id = Guid.CreateVersion7(), Number = number, Title = title, DepartmentCode = department, WorkTaskId = task, Type = type, Status = status,
                BaselineMinutesPerCase = before, AfterMinutesPerCase = after, LiveSince = live, Description = description, RequestedBy = "デモデータ",
                CreatedAtUtc = now, UpdatedAtUtc = now,
            };
    }
}
