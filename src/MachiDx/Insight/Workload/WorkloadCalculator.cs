using MachiDx.Insight.Inventory;

namespace MachiDx.Insight.Workload;

/// <summary>
/// The workload arithmetic (docs/adr/0012). Per group of attendance months (a department or the city):
/// overtime per head per month = Σ overtime ÷ person-months; per head per year = Σ overtime ÷ (person-months ÷ 12);
/// paid-leave days per head per year likewise; staff over 45 h = people with at least one month above 45 h; staff over
/// 360 h = people whose fiscal-year total is above 360 h.
/// Reconciliation: attendance hours = person-months × regular hours per month − leave days × 7.75 h + overtime,
/// annualised by 12 ÷ months with data; coverage = inventory yearly hours ÷ attendance hours, flagged above 100 %
/// (the inventory claims more time than was worked) or below 70 % (work is missing from the inventory).
/// </summary>
public static class WorkloadCalculator
{
    /// <summary>Standard working day: 7 h 45 min (地方公務員の標準的な勤務時間).</summary>
    public const double HoursPerDay = 7.75;

    /// <summary>Working days per year: 365 − 104 weekend days − 16 national holidays − 2 year-end days ≈ 243.</summary>
    public const double WorkingDaysPerYear = 243;

    public const double RegularHoursPerPersonMonth = HoursPerDay * WorkingDaysPerYear / 12;

    public const double MonthlyCap = 45;

    public const double YearlyCap = 360;

    public const double CoverageHigh = 1.0;

    public const double CoverageLow = 0.7;

    public static GroupFigures Figures(string code, string name, IReadOnlyCollection<AttendanceMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var personMonths = months.Count;
        var overtime = months.Sum(m => m.OvertimeHours);
        var leave = months.Sum(m => m.PaidLeaveDays);
        var people = months.GroupBy(m => m.StaffNumber, StringComparer.Ordinal).ToList();
        var distinctMonths = months.Select(m => m.Month).Distinct().Count();
        var attendanceHours = (personMonths * RegularHoursPerPersonMonth) - (leave * HoursPerDay) + overtime;
        return new GroupFigures(
            code, name, people.Count, personMonths, distinctMonths, overtime, leave,
            personMonths == 0 ? 0 : overtime / personMonths,
            personMonths == 0 ? 0 : overtime / (personMonths / 12.0),
            personMonths == 0 ? 0 : leave / (personMonths / 12.0),
            people.Count(p => p.Any(m => m.OvertimeHours > MonthlyCap)),
            months.Count(m => m.OvertimeHours > MonthlyCap),
            people.Count(p => p.Sum(m => m.OvertimeHours) > YearlyCap),
            distinctMonths == 0 ? 0 : attendanceHours * 12.0 / distinctMonths);
    }

    public static Reconciliation Reconcile(string code, string name, double inventoryHours, double attendanceHours)
    {
        if (attendanceHours <= 0 || inventoryHours <= 0)
        {
            return new Reconciliation(code, name, inventoryHours, attendanceHours, null, CoverageFlag.NoData);
        }

        var coverage = inventoryHours / attendanceHours;
        var flag = coverage > CoverageHigh ? CoverageFlag.Over : coverage < CoverageLow ? CoverageFlag.Under : CoverageFlag.Ok;
        return new Reconciliation(code, name, inventoryHours, attendanceHours, coverage, flag);
    }

    public static IReadOnlyList<Reconciliation> Reconcile(
        IEnumerable<(string Code, string Name)> departments, IReadOnlyCollection<WorkTask> tasks, IReadOnlyCollection<GroupFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(departments);
        return [.. departments
            .Select(d => Reconcile(d.Code, d.Name,
                tasks.Where(t => t.DepartmentCode == d.Code).Sum(t => t.YearlyHours),
                figures.FirstOrDefault(f => f.Code == d.Code)?.AnnualAttendanceHours ?? 0))
            .Where(r => r.InventoryHours > 0 || r.AttendanceHours > 0)];
    }
}
