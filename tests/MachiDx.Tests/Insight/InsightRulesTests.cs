using MachiDx.Insight.DigiLab.Candidates;
using MachiDx.Insight.DigiLab.Request;
using MachiDx.Insight.Inventory;
using MachiDx.Insight.Workload;

namespace MachiDx.Tests.Insight;

/// <summary>The Insight arithmetic on its own: yearly hours, the candidate score and route, reconciliation flags, hours saved.</summary>
public sealed class InsightRulesTests
{
    [Fact]
    public void Yearly_hours_add_busy_normal_and_slack_months()
    {
        var task = Task(busy: 500, normal: 200, slack: 100, minutes: 15);
        Assert.Equal((2 * 500) + (8 * 200) + (2 * 100), task.YearlyCases);
        Assert.Equal(2800 * 15 / 60.0, task.YearlyHours, 6);
        Assert.Equal(500 * 15 / 60.0, task.PeakMonthHours, 6);
    }

    [Fact]
    public void The_score_is_hours_times_share_times_feasibility_less_build_and_maintenance()
    {
        // 定型・紙 → AI-OCR + RPA: share 0.8 × 0.7, feasibility 中 0.6 × 0.8 (マイナンバー), cost 100 + 40.
        var task = Task(busy: 600, normal: 250, slack: 180, minutes: 25, medium: InputMedium.Paper, personal: PersonalInfoLevel.Sensitive);
        var c = AutomationScoring.Score(task);
        Assert.Equal(AutomationRoute.AiOcrRpa, c.Route);
        Assert.Equal(0.56, c.Share, 9);
        Assert.Equal(0.48, c.Feasibility, 9);
        var hours = ((2 * 600) + (8 * 250) + (2 * 180)) * 25 / 60.0;
        Assert.Equal(hours * 0.56 * 0.48, c.ExpectedHours, 6);
        Assert.Equal((hours * 0.56 * 0.48) - 140, c.NetHours, 6);
    }

    [Theory]
    [InlineData("庁内会議の議事録作成", true, false, InputMedium.Digital, 100, AutomationRoute.AiMinutes)]
    [InlineData("各種調査への回答", false, false, InputMedium.Digital, 100, AutomationRoute.StopDoing)]
    [InlineData("申請書の入力", true, false, InputMedium.Mixed, 100, AutomationRoute.AiOcrRpa)]
    [InlineData("支出命令の作成", true, false, InputMedium.Digital, 100, AutomationRoute.Rpa)]
    [InlineData("月次集計", true, true, InputMedium.Digital, 50, AutomationRoute.ExcelMacro)]
    [InlineData("子育て相談の記録", false, true, InputMedium.Digital, 100, AutomationRoute.NoCodeApp)]
    public void The_route_follows_the_documented_rules(string name, bool ruleBased, bool core, InputMedium medium, double perMonth, AutomationRoute expected)
    {
        var task = Task(busy: perMonth, normal: perMonth, slack: perMonth, minutes: 10, medium: medium, ruleBased: ruleBased, core: core, name: name);
        Assert.Equal(expected, AutomationScoring.Route(task));
    }

    [Fact]
    public void The_backlog_ranks_by_net_hours_and_a_small_task_can_score_below_zero()
    {
        var big = Task(busy: 300, normal: 300, slack: 300, minutes: 12, name: "大きい業務", medium: InputMedium.Digital);
        var small = Task(busy: 1, normal: 1, slack: 1, minutes: 5, name: "小さい業務", medium: InputMedium.Digital);
        var ranked = AutomationScoring.Rank([small, big]);
        Assert.Equal(["大きい業務", "小さい業務"], ranked.Select(c => c.Task.Name));
        Assert.True(ranked[1].NetHours < 0);
    }

    [Theory]
    [InlineData(1000, 1000, CoverageFlag.Ok)]
    [InlineData(1001, 1000, CoverageFlag.Over)]
    [InlineData(700, 1000, CoverageFlag.Ok)]
    [InlineData(699, 1000, CoverageFlag.Under)]
    [InlineData(0, 1000, CoverageFlag.NoData)]
    public void Reconciliation_flags_above_100_and_below_70_percent(double inventory, double attendance, CoverageFlag flag) =>
        Assert.Equal(flag, WorkloadCalculator.Reconcile("d", "課", inventory, attendance).Flag);

    [Fact]
    public void Attendance_hours_are_regular_hours_less_leave_plus_overtime_annualised()
    {
        var months = new[]
        {
            Month("1", 2030, 4, overtime: 200, leave: 1), Month("1", 2030, 5, overtime: 170, leave: 0), Month("2", 2030, 4, overtime: 10, leave: 2),
        };
        var f = WorkloadCalculator.Figures("d", "課", months);
        Assert.Equal((2, 3, 2), (f.Headcount, f.PersonMonths, f.MonthsWithData));
        Assert.Equal(380 / 3.0, f.OvertimePerHeadMonth, 9);
        Assert.Equal(1520, f.OvertimePerHeadYear, 9);
        Assert.Equal(12, f.LeaveDaysPerHead, 9);
        Assert.Equal((1, 2, 1), (f.StaffOver45, f.MonthsOver45, f.StaffOver360));
        var worked = (3 * 7.75 * 243 / 12) - (3 * 7.75) + 380;
        Assert.Equal(worked * 12 / 2, f.AnnualAttendanceHours, 6);
    }

    [Fact]
    public void Hours_saved_are_cases_times_the_minutes_saved_per_case()
    {
        var request = new DigiLabRequest { Title = "t", DepartmentCode = "d", BaselineMinutesPerCase = 240, AfterMinutesPerCase = 90 };
        request.Usage.Add(new UsageMonth { Cases = 14 });
        request.Usage.Add(new UsageMonth { Cases = 6 });
        Assert.Equal(20 * 150 / 60.0, request.TotalHoursSaved, 9);
        request.AfterMinutesPerCase = null;
        Assert.Equal(0, request.TotalHoursSaved);
    }

    private static AttendanceMonth Month(string staff, int year, int month, double overtime, double leave) =>
        new() { StaffNumber = staff, DepartmentCode = "d", Month = new DateOnly(year, month, 1), FiscalYear = 2030, OvertimeHours = overtime, PaidLeaveDays = leave };

    private static WorkTask Task(double busy, double normal, double slack, double minutes, InputMedium medium = InputMedium.Paper, bool ruleBased = true,
        bool core = false, PersonalInfoLevel personal = PersonalInfoLevel.None, string name = "業務") =>
        new()
        {
            DepartmentCode = "d", Major = "大", Middle = "中", Name = name, BusyMonths = 2, BusyCasesPerMonth = busy, NormalMonths = 8, NormalCasesPerMonth = normal,
            SlackMonths = 2, SlackCasesPerMonth = slack, MinutesPerCase = minutes, People = 1, Medium = medium, RuleBased = ruleBased, Core = core,
            PersonalInfo = personal, Difficulty = Difficulty.Medium,
        };
}
