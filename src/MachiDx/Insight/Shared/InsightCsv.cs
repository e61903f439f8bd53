using System.Text;

namespace MachiDx.Insight.Shared;

/// <summary>
/// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF, UTF-8 BOM; bytes that are not UTF-8 are
/// read as Shift_JIS, which spreadsheet software in Japan often saves) and writer.
/// </summary>
public static class InsightCsv
{
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(932).GetString(bytes);
        }
    }

    /// <summary>Rows with the 1-based line number where each starts; blank lines are skipped.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var rowStart = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (inQuotes)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0)
                    {
                        yield return (rowStart, fields.ToArray());
                    }

                    fields.Clear();
                    line++;
                    rowStart = line;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (rowStart, fields.ToArray());
        }
    }

    /// <summary>One CSV line with quoting where needed.</summary>
    public static string Line(IEnumerable<string> values) =>
        string.Join(',', values.Select(v => v.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v)) + "\r\n";

    /// <summary>UTF-8 with a BOM, so that Excel opens it as UTF-8.</summary>
    public static byte[] Bytes(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];
}
