using System.Globalization;

namespace MachiDx.Platform.Files;

/// <summary>
/// One data row of an import with typed readers that add a Japanese error naming the line and the column
/// ("3行目「1件あたりの分数」: …") and return null when the value is unusable.
/// </summary>
public sealed class CsvRow(int line, string[] fields, IReadOnlyList<string> header, CsvErrorReport report, string file = "")
{
    private static readonly string[] MonthFormats = ["yyyy-MM", "yyyy/MM", "yyyy-M", "yyyy/M"];

    private int errorCount;

    public int Line => line;

    public bool Ok => errorCount == 0;

    public string Raw(int column) => column < fields.Length ? fields[column].Trim() : "";

    public void Error(int column, string message)
    {
        errorCount++;
        report.Add(new CsvError(line, header[column], message, file));
    }

    public void RowError(string message)
    {
        errorCount++;
        report.Add(new CsvError(line, null, message, file));
    }

    public string? Text(int column, int max, bool required = true)
    {
        var value = Raw(column);
        if (value.Length == 0 && required)
        {
            Error(column, "空欄です。入力してください。");
            return null;
        }

        if (value.Length > max)
        {
            Error(column, string.Create(CultureInfo.InvariantCulture, $"{max}文字以内にしてください（{value.Length}文字あります）。"));
            return null;
        }

        return value;
    }

    public int? Int(int column, int min, int max)
    {
        var value = Raw(column);
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        Error(column, string.Create(CultureInfo.InvariantCulture, $"「{value}」は{min}〜{max}の整数で入力してください。"));
        return null;
    }

    public double? Number(int column, double min, double max)
    {
        var value = Raw(column);
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) && n >= min && n <= max)
        {
            return n;
        }

        Error(column, string.Create(CultureInfo.InvariantCulture, $"「{value}」は{min:#,0.##}〜{max:#,0.##}の数値で入力してください。"));
        return null;
    }

    public DateOnly? Month(int column)
    {
        var value = Raw(column);
        if (DateOnly.TryParseExact(value, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 2000 and <= 2100)
        {
            return month;
        }

        Error(column, $"「{value}」は年月として読めません（例: 2026-04）。");
        return null;
    }

    public T? Choice<T>(int column, Func<string, T?> parse, string allowed)
        where T : struct
    {
        var value = Raw(column);
        if (parse(value) is { } parsed)
        {
            return parsed;
        }

        Error(column, $"「{value}」は{allowed}のいずれかにしてください。");
        return null;
    }
}
