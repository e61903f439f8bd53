using System.Globalization;
using MachiDx.Activities.Contracts;
using MachiDx.Insight.DigiLab.Request;
using MachiDx.Insight.Workload;
using MachiDx.Wallet.Contracts;

namespace MachiDx.Insight.Dashboard;

/// <summary>
/// Everything the DX dashboard shows for one city and fiscal year (definitions: docs/adr/0012, "DX dashboard").
/// The page, the CSV, the public summary and the cross-city view all read from this one object.
/// </summary>
public sealed record DxFigures(
    string CityCode,
    string CityName,
    int FiscalYear,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<ProcedureRate> Procedures,
    GroupFigures Workload,
    NationalFigures.Figure NationalOvertime,
    NationalFigures.Figure NationalLeave,
    IReadOnlyList<SavingsMonth> Savings,
    IReadOnlyList<CurrencyMonth> Currency,
    IReadOnlyList<ActivityMonth> Activities,
    int ResidentsRewarded)
{
    public const string SectionOnline = "オンライン利用率";
    public const string SectionWorkload = "残業・年休";
    public const string SectionSavings = "デジラボ削減時間";
    public const string SectionCurrency = "地域通貨";
    public const string SectionActivities = "活動参加";

    public double Saved(DateOnly month, ServiceType service) => Savings.FirstOrDefault(s => s.Month == month && s.Service == service)?.Hours ?? 0;

    public double Cumulative(DateOnly month, ServiceType service) => Savings.FirstOrDefault(s => s.Month == month && s.Service == service)?.Cumulative ?? 0;

    public DxHeadline Headline()
    {
        var online = Procedures.Sum(p => p.Online);
        var all = Procedures.Sum(p => p.Total);
        var premium = Currency.Sum(c => c.PremiumYen);
        var spent = Currency.Sum(c => c.SpentLocallyYen);
        var last = Months.Count == 0 ? default : Months[^1];
        return new DxHeadline(
            CityCode, CityName, FiscalYear, online, all, MachiDx.Procedures.Contracts.ProcedureUsageRow.Rate(online, all),
            Workload.PersonMonths == 0 ? null : Workload.OvertimePerHeadYear, NationalOvertime.Value,
            Workload.PersonMonths == 0 ? null : Workload.LeaveDaysPerHead, NationalLeave.Value,
            Savings.Sum(s => s.Hours), Savings.Where(s => s.Month == last).Sum(s => s.Cumulative),
            Currency.Sum(c => c.ChargedYen), premium, spent, CurrencyMonth.CostPerYen(premium, spent),
            ResidentsRewarded, Activities.Sum(a => a.VolunteerAttendances));
    }

    /// <summary>Every figure on the page, one row each (section, item, period, value), in page order.</summary>
    public IEnumerable<DxFigureRow> Rows()
    {
        var year = FiscalYear.ToString(CultureInfo.InvariantCulture) + "年度";
        foreach (var p in Procedures)
        {
            var item = $"{p.Name}（{p.Code}）";
            yield return new(SectionOnline, item + " オンライン件数", year, N(p.Online));
            yield return new(SectionOnline, item + " 全件数", year, N(p.Total));
            yield return new(SectionOnline, item + " オンライン利用率（%）", year, D(p.RatePercent));
            yield return new(SectionOnline, item + " 全国のオンライン利用率（%）", year, D(p.NationalRatePercent));
        }

        var w = Workload;
        yield return new(SectionWorkload, "対象職員（人）", year, N(w.Headcount));
        yield return new(SectionWorkload, "1人あたり残業時間（年換算・時間）", year, w.PersonMonths == 0 ? "" : D(w.OvertimePerHeadYear));
        yield return new(SectionWorkload, NationalOvertime.Comparator + " 1人あたり残業時間（時間）", NationalOvertime.Year.ToString(CultureInfo.InvariantCulture) + "年", D(NationalOvertime.Value));
        yield return new(SectionWorkload, "1人あたり年休取得日数（年換算・日）", year, w.PersonMonths == 0 ? "" : D(w.LeaveDaysPerHead));
        yield return new(SectionWorkload, NationalLeave.Comparator + " 1人あたり年休取得日数（日）", NationalLeave.Year.ToString(CultureInfo.InvariantCulture) + "年調査", D(NationalLeave.Value));

        foreach (var s in Savings)
        {
            var label = DigiLabLabels.Type(s.Service);
            yield return new(SectionSavings, label + " 削減時間（時間）", M(s.Month), D(s.Hours));
            yield return new(SectionSavings, label + " 累計削減時間（時間）", M(s.Month), D(s.Cumulative));
        }

        foreach (var c in Currency)
        {
            yield return new(SectionCurrency, "チャージ額（円）", M(c.Month), N(c.ChargedYen));
            yield return new(SectionCurrency, "プレミアム付与額（円）", M(c.Month), N(c.PremiumYen));
            yield return new(SectionCurrency, "ポイント付与額（円）", M(c.Month), N(c.PointsYen));
            yield return new(SectionCurrency, "地域での利用額（円）", M(c.Month), N(c.SpentLocallyYen));
            yield return new(SectionCurrency, "利用のあったウォレット数", M(c.Month), N(c.ActiveWallets));
            yield return new(SectionCurrency, "利用額1円あたりのプレミアム負担（円）", M(c.Month), D(c.PremiumCostPerYen));
        }

        foreach (var a in Activities)
        {
            yield return new(SectionActivities, "オンライン申請ポイント", M(a.Month), N(a.OnlineApplicationPoints));
            yield return new(SectionActivities, "ボランティアポイント", M(a.Month), N(a.VolunteerPoints));
            yield return new(SectionActivities, "健康づくりポイント", M(a.Month), N(a.HealthPoints));
            yield return new(SectionActivities, "ポイントを受け取った住民（人）", M(a.Month), N(a.ResidentsRewarded));
            yield return new(SectionActivities, "ボランティア参加（人）", M(a.Month), N(a.VolunteerAttendances));
        }

        yield return new(SectionActivities, "ポイントを受け取った住民（実人数・人）", year, N(ResidentsRewarded));
    }

    /// <summary>The CSV export (区分, 項目, 期間, 値; UTF-8 with BOM) of <see cref="Rows"/>.</summary>
    public byte[] CsvBytes()
    {
        var csv = new System.Text.StringBuilder(MachiDx.Platform.Files.CsvText.Line(["区分", "項目", "期間", "値"]));
        foreach (var row in Rows())
        {
            csv.Append(MachiDx.Platform.Files.CsvText.Line([row.Section, row.Item, row.Period, row.Value]));
        }

        return MachiDx.Platform.Files.CsvText.Bytes(csv.ToString());
    }

    public static string M(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(double? value) => value is { } v ? Math.Round(v, 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture) : "";
}
