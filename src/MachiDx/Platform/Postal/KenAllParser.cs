using System.Globalization;
using System.Text;
using MachiDx.Platform.Files;

namespace MachiDx.Platform.Postal;

/// <summary>One address parsed from KEN_ALL.CSV or the bundled file, before it is stored.</summary>
public sealed record PostalRecord(string Code, string Prefecture, string City, string Town, string? PrefectureKana, string? CityKana, string? TownKana);

/// <summary>The outcome of parsing: every record, or (when any line is malformed) the per-line Japanese errors.</summary>
public sealed record KenAllParseResult(IReadOnlyList<PostalRecord> Records, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Reads Japan Post's KEN_ALL.CSV (Shift_JIS, no header, 15 columns: 全国地方公共団体コード, 旧郵便番号, 郵便番号,
/// 都道府県名カナ, 市区町村名カナ, 町域名カナ, 都道府県名, 市区町村名, 町域名, and six flags).
/// Rules:
/// <list type="bullet">
/// <item>A town name whose 「（」 is not closed on its row continues on the following rows of the same code;
/// those rows are merged into one (town and town kana concatenated) until the row holding 「）」.</item>
/// <item>The parenthesised annotation (e.g. 「（１～１９丁目）」「（その他）」) is then dropped, so the candidate is the
/// town itself; rows that become identical (same code and town) are kept once.</item>
/// <item>「以下に掲載がない場合」 and 「…の次に番地がくる場合」 mean "the whole city": the town is stored empty.</item>
/// <item>Half-width kana is widened (NFKC). Any malformed line (column count, code, empty prefecture or city,
/// an unclosed 「（」) is reported with its line number, and nothing is imported.</item>
/// </list>
/// </summary>
public static class KenAllParser
{
    private const int MaxErrors = 100;

    public static KenAllParseResult Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Parse(CsvText.Decode(bytes));
    }

    public static KenAllParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<PostalRecord>();
        var errors = new List<string>();
        var seen = new HashSet<(string, string, string)>();
        Pending? pending = null;

        void Emit(string code, string pref, string city, string town, string prefKana, string cityKana, string townKana)
        {
            var (cleanTown, cleanKana) = CleanTown(town, townKana);
            if (seen.Add((code, city, cleanTown)))
            {
                records.Add(new PostalRecord(code, pref, city, cleanTown, Kana(prefKana), Kana(cityKana), cleanKana));
            }
        }

        void Error(int line, string message)
        {
            if (errors.Count < MaxErrors)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{line}行目: {message}"));
            }
            else if (errors.Count == MaxErrors)
            {
                errors.Add("ほかにも誤りがあります（最初の100件だけを表示しています）。");
            }
        }

        foreach (var (line, fields) in CsvText.Read(text, errors))
        {
            if (fields.Length != 15)
            {
                Error(line, string.Create(CultureInfo.InvariantCulture, $"項目の数が15ではありません（{fields.Length}項目）。KEN_ALL.CSV（読み仮名データの促音・拗音を小書きで表記しないもの）を選んでください。"));
                continue;
            }

            var code = fields[2].Trim();
            if (code.Length != 7 || !code.All(char.IsAsciiDigit))
            {
                Error(line, "郵便番号（3列目）が7桁の数字ではありません。");
                continue;
            }

            var (prefKana, cityKana, townKana, pref, city, town) = (fields[3].Trim(), fields[4].Trim(), fields[5].Trim(), fields[6].Trim(), fields[7].Trim(), fields[8].Trim());
            if (pref.Length == 0 || city.Length == 0)
            {
                Error(line, "都道府県名または市区町村名が空欄です。");
                continue;
            }

            if (pending is not null)
            {
                if (pending.Code != code)
                {
                    Error(pending.Line, "町域名の「（」が閉じられないまま、次の郵便番号の行になっています。");
                    pending = null;
                }
                else
                {
                    pending.Town.Append(town);
                    if (!EqualsIgnoringParenthesis(pending.TownKana.ToString(), townKana))
                    {
                        pending.TownKana.Append(townKana);
                    }

                    if (town.Contains('）', StringComparison.Ordinal))
                    {
                        Emit(pending.Code, pending.Prefecture, pending.City, pending.Town.ToString(), pending.PrefectureKana, pending.CityKana, pending.TownKana.ToString());
                        pending = null;
                    }

                    continue;
                }
            }

            if (town.Contains('（', StringComparison.Ordinal) && !town.Contains('）', StringComparison.Ordinal))
            {
                pending = new Pending(line, code, pref, city, prefKana, cityKana, new StringBuilder(town), new StringBuilder(townKana));
                continue;
            }

            Emit(code, pref, city, town, prefKana, cityKana, townKana);
        }

        if (pending is not null)
        {
            Error(pending.Line, "町域名の「（」が閉じられないまま、ファイルが終わっています。");
        }

        if (records.Count == 0 && errors.Count == 0)
        {
            errors.Add("ファイルに郵便番号の行がありません。");
        }

        return errors.Count > 0 ? new KenAllParseResult([], errors) : new KenAllParseResult(records, []);
    }

    private static (string Town, string? Kana) CleanTown(string town, string townKana)
    {
        if (town == "以下に掲載がない場合" || town.EndsWith("の次に番地がくる場合", StringComparison.Ordinal))
        {
            return ("", null);
        }

        var open = town.IndexOf('（', StringComparison.Ordinal);
        var cleanTown = open >= 0 ? town[..open] : town;
        var kana = Kana(townKana);
        if (kana is not null)
        {
            var kanaOpen = kana.IndexOf('(', StringComparison.Ordinal);
            kana = kanaOpen >= 0 ? kana[..kanaOpen] : kana;
        }

        return (cleanTown, string.IsNullOrEmpty(kana) ? null : kana);
    }

    /// <summary>Half-width katakana (as in KEN_ALL) widened; parentheses become ASCII.</summary>
    private static string? Kana(string kana) =>
        kana.Length == 0 ? null : kana.Normalize(NormalizationForm.FormKC);

    // Some continuation rows repeat the whole kana of the first row: it is not appended twice.
    private static bool EqualsIgnoringParenthesis(string first, string next) =>
        next.Length > 0 && string.Equals(Strip(first), Strip(next), StringComparison.Ordinal);

    private static string Strip(string kana)
    {
        var wide = kana.Normalize(NormalizationForm.FormKC);
        var open = wide.IndexOf('(', StringComparison.Ordinal);
        return open >= 0 ? wide[..open] : wide;
    }

    private sealed record Pending(int Line, string Code, string Prefecture, string City, string PrefectureKana, string CityKana, StringBuilder Town, StringBuilder TownKana);
}
