using System.Globalization;
using MachiDx.Platform.Files;

namespace MachiDx.Insight.Shared;

/// <summary>Splits an upload into typed rows: skips the header line, checks the column count, and collects errors.</summary>
public static class CsvFile
{
    public static List<CsvRow> Rows(byte[] bytes, IReadOnlyList<string> header, List<string> errors, int optionalTrailing = 0)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(errors);
        var rows = new List<CsvRow>();
        foreach (var (line, fields) in CsvText.Read(CsvText.Decode(bytes), errors))
        {
            if (line == 1 && fields.Length > 0 && fields[0].Trim() == header[0])
            {
                continue;
            }

            if (fields.Length > header.Count || fields.Length < header.Count - optionalTrailing)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{line}行目: 項目の数が{fields.Length}個です（{header.Count}個必要です）。"));
                continue;
            }

            rows.Add(new CsvRow(line, fields, header, errors));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add("取り込むデータ行がありません（1行目は見出し行です）。");
        }

        return rows;
    }
}
