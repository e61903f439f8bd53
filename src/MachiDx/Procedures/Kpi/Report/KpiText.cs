using System.Globalization;

namespace MachiDx.Procedures.Kpi.Report;

/// <summary>How the page and the CSV write numbers, so both show the same.</summary>
public static class KpiText
{
    public static string Rate(double? percent) => percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string RateCsv(double? percent) => percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) : "";

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string MonthJa(DateOnly month) => month.ToString("yyyy年M月", CultureInfo.InvariantCulture);

    /// <summary>"2026-04" → "2026年4月".</summary>
    public static string MonthJa(string key) => MonthJa(DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A text field of the CSV: quoted and neutralised against formulas like every other export.</summary>
    public static string CsvField(string value) => MachiDx.Platform.Files.CsvText.Field(value);
}
