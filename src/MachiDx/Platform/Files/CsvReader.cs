using System.Globalization;

namespace MachiDx.Platform.Files;

/// <summary>
/// The one reader of uploaded CSV files: decodes (UTF-8 with or without BOM, else Shift_JIS), skips the header line,
/// checks the column count and the row limit, and hands out <see cref="CsvRow"/>s whose typed readers record every bad
/// field in the <see cref="CsvErrorReport"/>. The importer writes nothing unless the report stays empty.
/// </summary>
public static class CsvReader
{
    public static List<CsvRow> Rows(byte[] bytes, IReadOnlyList<string> header, CsvErrorReport report, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Rows(CsvText.Decode(bytes), header, report, options);
    }

    public static List<CsvRow> Rows(string text, IReadOnlyList<string> header, CsvErrorReport report, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(report);
        options ??= CsvReadOptions.Default;
        var rows = new List<CsvRow>();
        var dataRows = 0;
        foreach (var (line, fields) in CsvText.Read(text, (line, message) => report.Add(new CsvError(line, null, message, options.File))))
        {
            if (line == 1 && fields.Length > 0 && fields[0].Trim() == header[0])
            {
                continue;
            }

            // Past the limit the rows are only counted: a huge upload costs no validation work and the message says how many there were.
            if (options.MaxRows > 0 && ++dataRows > options.MaxRows)
            {
                continue;
            }

            if (fields.Length > header.Count || fields.Length < header.Count - options.OptionalTrailing)
            {
                report.Add(new CsvError(line, null, string.Create(CultureInfo.InvariantCulture, $"項目の数が{fields.Length}個です（{string.Join(", ", header)} の{header.Count}個が必要です）。"), options.File));
                continue;
            }

            rows.Add(new CsvRow(line, fields, header, report, options.File));
        }

        if (options.MaxRows > 0 && dataRows > options.MaxRows)
        {
            report.Add(string.Create(CultureInfo.InvariantCulture, $"{options.File}一度に取り込めるのは{options.MaxRows:N0}行までです（{dataRows:N0}行ありました）。"));
        }
        else if (rows.Count == 0 && report.IsEmpty && !options.AllowEmpty)
        {
            report.Add("取り込むデータ行がありません（1行目は見出し行です）。");
        }

        return rows;
    }
}
