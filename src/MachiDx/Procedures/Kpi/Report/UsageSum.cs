using MachiDx.Procedures.Contracts;

namespace MachiDx.Procedures.Kpi.Report;

/// <summary>Counts summed over months (a procedure's year) or over procedures (the city's month).</summary>
public sealed record UsageSum(string Key, string Label, int OnlineMachiDx, int OnlineOther, int Counter, int Mail, int Phone, double? NationalRatePercent)
{
    public int Online => OnlineMachiDx + OnlineOther;

    public int Total => Online + Counter + Mail + Phone;

    public double? OnlineRatePercent => ProcedureUsageRow.Rate(Online, Total);

    public static UsageSum Of(string key, string label, IEnumerable<ProcedureUsageRow> rows, double? national)
    {
        var list = rows.ToList();
        return new(key, label, list.Sum(r => r.OnlineMachiDx), list.Sum(r => r.OnlineOther), list.Sum(r => r.Counter), list.Sum(r => r.Mail), list.Sum(r => r.Phone), national);
    }
}
