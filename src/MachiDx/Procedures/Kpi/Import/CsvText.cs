using System.Text;

namespace MachiDx.Procedures.Kpi.Import;

/// <summary>
/// Reads the small CSV files staff export from spreadsheets: UTF-8 (with or without BOM) or Shift_JIS,
/// quoted fields with doubled quotes, CRLF or LF. Rows come with their 1-based line number.
/// </summary>
internal static class CsvText
{
    public static string Decode(byte[] bytes)
    {
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

    public static IEnumerable<(int Line, string[] Fields)> Rows(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var rowStart = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n')
            {
                line++;
            }

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
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                inQuotes = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Count > 1 || fields[0].Trim().Length > 0)
                {
                    yield return (rowStart, fields.ToArray());
                }

                fields.Clear();
                rowStart = line;
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                yield return (rowStart, fields.ToArray());
            }
        }
    }
}
