namespace MachiDx.Procedures.Contracts;

/// <summary>
/// One procedure in one month: online cases (applications submitted through MachiDX, plus online cases
/// other systems received) and offline cases (窓口, 郵送, 電話) as staff recorded them.
/// <see cref="OnlineRatePercent"/> is オンライン申請率 = online ÷ all × 100, rounded to one decimal (null without cases);
/// <see cref="NationalRatePercent"/> is the national FY2020 figure for the procedure's group, when one is known.
/// </summary>
public sealed record ProcedureUsageRow(
    string ProcedureCode,
    string ProcedureName,
    DateOnly Month,
    int OnlineMachiDx,
    int OnlineOther,
    int Counter,
    int Mail,
    int Phone,
    double? NationalRatePercent)
{
    public int Online => OnlineMachiDx + OnlineOther;

    public int Offline => Counter + Mail + Phone;

    public int Total => Online + Offline;

    public double? OnlineRatePercent => Rate(Online, Total);

    /// <summary>The one rounding rule used on the page, in the CSV and by the API.</summary>
    public static double? Rate(int online, int total) =>
        total == 0 ? null : Math.Round(100.0 * online / total, 1, MidpointRounding.AwayFromZero);
}
