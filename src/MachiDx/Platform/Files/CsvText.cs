using System.Globalization;
using System.Text;
using MachiDx.Platform.Security;

namespace MachiDx.Platform.Files;

/// <summary>
/// A small RFC 4180 reader and writer shared by the CSV imports and exports: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM. Bytes that are not
/// valid UTF-8 are read as Shift_JIS (what spreadsheet software in Japan often saves).
/// </summary>
public static class CsvText
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

    /// <summary>
    /// Rows with their 1-based line number in the file (the line where the row starts). A file that no spreadsheet
    /// would write — a NUL character (which PostgreSQL cannot store in text), a direction control, or a quote left open at the end of the
    /// file (which would swallow every line after it into one field) — adds a Japanese error naming the line to
    /// <paramref name="errors"/>; the importers then import nothing.
    /// </summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string text, ICollection<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Read(text, (line, message) => errors.Add(string.Create(CultureInfo.InvariantCulture, $"{line}行目: {message}")));
    }

    /// <summary>The same rows; each problem goes to <paramref name="error"/> as (line, message without the line).</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string text, Action<int, string> error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            error(LineAt(text, nul), "使用できない文字（NUL）が含まれています。ファイルを保存し直してください。");
        }

        // Names come in through imports too (the staff roster): the same refusal as a form field.
        var direction = DirectionControls.IndexOf(text);
        if (direction >= 0)
        {
            error(LineAt(text, direction), DirectionControls.Message);
        }

        return ReadRows(text, error);
    }

    private static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static IEnumerable<(int Line, string[] Fields)> ReadRows(string text, Action<int, string> error)
    {
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
                    if (ch == '\n')
                    {
                        line++;
                    }

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

        if (inQuotes)
        {
            error(rowStart, "引用符（\"）が閉じられていません。");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (rowStart, fields.ToArray());
        }
    }

    /// <summary>
    /// One CSV line (CRLF-terminated): fields with commas, quotes or line breaks are quoted, and every field that a
    /// spreadsheet would run as a formula is neutralised (see <see cref="Field"/>).
    /// </summary>
    public static string Line(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Join(',', values.Select(Field)) + "\r\n";
    }

    /// <summary>UTF-8 with a BOM, so that Excel opens it as UTF-8.</summary>
    public static byte[] Bytes(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv ?? "")];

    /// <summary>
    /// One field, quoted when needed. The one formula rule of every export: a field starting with =, +, -, @, a tab,
    /// CR or LF gets a leading apostrophe (spreadsheets then show it as text), unless the whole field is a plain number
    /// such as an amount of -1500 or a rate of -2.5 — a number is no formula and must stay a number. So "-2+3" and
    /// "-1+cmd|' /C calc'!A0" are neutralised (a leading minus followed by a digit used to pass as a number).
    /// </summary>
    public static string Field(string value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' && !IsPlainNumber(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>An optional minus, digits and at most one decimal point between digits: nothing a spreadsheet evaluates.</summary>
    private static bool IsPlainNumber(string value)
    {
        var digits = value.AsSpan(value[0] == '-' ? 1 : 0);
        var point = digits.IndexOf('.');
        return point < 0
            ? digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9')
            : point > 0 && point < digits.Length - 1 && !digits[..point].ContainsAnyExceptInRange('0', '9') && !digits[(point + 1)..].ContainsAnyExceptInRange('0', '9');
    }
}
