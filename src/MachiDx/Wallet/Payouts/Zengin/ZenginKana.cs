using System.Globalization;
using System.Text;

namespace MachiDx.Wallet.Payouts.Zengin;

/// <summary>
/// Converts names to the character set a 全銀協 record accepts in its カナ (C) fields, and measures
/// them in Shift_JIS bytes.
/// </summary>
/// <remarks>
/// <para>
/// Allowed set (all half-width, one Shift_JIS byte each): <c>0-9 A-Z ｱ-ﾝ ﾞ ﾟ</c>, space and the symbols
/// <c>( ) - . / , \ ｢ ｣</c> (<c>\</c> is 0x5C, printed as ¥ on bank systems). This is the 振込依頼人名・受取人名
/// set banks publish for 全銀協 transfers (e.g. MUFG's FAQ: 英大文字・数字・記号 <c>,-.()/</c> とスペース;
/// small kana must be written large: キユウヨ, not キュウヨ). The long vowel mark ｰ is <em>not</em> in the set
/// (banks reject 「ー」 in 口座名義), so ー/ｰ are written as the hyphen <c>-</c>.
/// </para>
/// <para>
/// Conversion: each input character is compatibility-decomposed (NFKD), which turns full-width ASCII
/// into ASCII, half-width kana into full-width, U+3000 into a space and splits ガ/パ into base + combining
/// mark; hiragana becomes katakana, small kana become large (ｧ→ｱ, ッ→ﾂ, ャ→ﾔ, ヮ→ﾜ, ヵ→ｶ), the obsolete
/// ヰ ヱ ヲ become ｲ ｴ ｵ, and the marks become ﾞ ﾟ. Lowercase a–z become uppercase. Anything else
/// (kanji, ・, ＆, emoji…) is rejected, naming the original character.
/// </para>
/// </remarks>
internal static class ZenginKana
{
    private const char VoicedMark = '\uFF9E';     // ﾞ
    private const char SemiVoicedMark = '\uFF9F'; // ﾟ

    /// <summary>Half-width large form of each katakana from ァ (U+30A1) to ヶ (U+30F6); voicing is added separately.</summary>
    private const string KatakanaToHalfWidth =
        "ｱｱｲｲｳｳｴｴｵｵ" +          // ァアィイゥウェエォオ
        "ｶｶｷｷｸｸｹｹｺｺ" +          // カガキギクグケゲコゴ
        "ｻｻｼｼｽｽｾｾｿｿ" +          // サザシジスズセゼソゾ
        "ﾀﾀﾁﾁﾂﾂﾂﾃﾃﾄﾄ" +         // タダチヂッツヅテデトド
        "ﾅﾆﾇﾈﾉ" +               // ナニヌネノ
        "ﾊﾊﾊﾋﾋﾋﾌﾌﾌﾍﾍﾍﾎﾎﾎ" +     // ハバパヒビピフブプヘベペホボポ
        "ﾏﾐﾑﾒﾓ" +               // マミムメモ
        "ﾔﾔﾕﾕﾖﾖ" +              // ャヤュユョヨ
        "ﾗﾘﾙﾚﾛ" +               // ラリルレロ
        "ﾜﾜｲｴｵﾝ" +              // ヮワヰヱヲン
        "ｳｶｹ";                  // ヴヵヶ

    private static readonly Encoding ShiftJis = CodePagesEncodingProvider.Instance.GetEncoding(932)
        ?? throw new InvalidOperationException("Shift_JIS (code page 932) is not available.");

    /// <summary>
    /// Normalises <paramref name="input"/> to the 全銀 character set (trimmed). Returns false with a Japanese
    /// message naming the first character that cannot be converted.
    /// </summary>
    /// <param name="input">The name as entered (hiragana, full-width, half-width kana, Latin letters…).</param>
    /// <param name="kana">The normalised half-width name, or empty when the input is rejected.</param>
    /// <param name="error">Why the input was rejected, e.g. 「受取人名に使えない文字「山」があります。…」.</param>
    /// <param name="fieldLabel">The field named in the error message.</param>
    public static bool TryNormalize(string? input, out string kana, out string? error, string fieldLabel = "受取人名")
    {
        var builder = new StringBuilder(input?.Length ?? 0);
        foreach (var rune in (input ?? "").EnumerateRunes())
        {
            if (!TryAppend(rune, builder))
            {
                kana = "";
                error = $"{fieldLabel}に使えない文字「{Describe(rune)}」があります。半角カナ・英大文字・数字で入力してください。";
                return false;
            }
        }

        kana = builder.ToString().Trim(' ');
        error = null;
        return true;
    }

    /// <summary>True when <paramref name="c"/> may appear in a 全銀 カナ field as it is.</summary>
    public static bool IsAllowed(char c) => c switch
    {
        >= '0' and <= '9' or >= 'A' and <= 'Z' => true,
        ' ' or '(' or ')' or '-' or '.' or '/' or ',' or '\\' => true,
        '\uFF62' or '\uFF63' => true,           // ｢ ｣
        >= '\uFF71' and <= '\uFF9F' => true,    // ｱ … ﾝ ﾞ ﾟ
        _ => false,
    };

    /// <summary>Length of <paramref name="value"/> in Shift_JIS bytes (a character it cannot encode counts as one byte).</summary>
    public static int ShiftJisByteCount(string value) => ShiftJis.GetByteCount(value);

    /// <summary>True when <paramref name="value"/> fits a fixed-width field of <paramref name="width"/> Shift_JIS bytes.</summary>
    public static bool FitsField(string value, int width) => ShiftJisByteCount(value) <= width;

    private static bool TryAppend(Rune rune, StringBuilder builder)
    {
        // ゛ ゜ decompose to a space plus the combining mark; treat them as the marks themselves.
        if (rune.Value is 0x309B or 0x309C)
        {
            builder.Append(rune.Value == 0x309B ? VoicedMark : SemiVoicedMark);
            return true;
        }

        var start = builder.Length;
        foreach (var c in rune.ToString().Normalize(NormalizationForm.FormKD))
        {
            var mapped = Map(c);
            if (mapped == '\0')
            {
                builder.Length = start;
                return false;
            }

            builder.Append(mapped);
        }

        return true;
    }

    /// <summary>Maps one decomposed character to its 全銀 form, or <c>'\0'</c> when it has none.</summary>
    private static char Map(char c) => c switch
    {
        >= 'a' and <= 'z' => char.ToUpperInvariant(c),
        '\u00A5' => '\\',                                           // ¥ (from ￥) is byte 0x5C
        '\u300C' => '\uFF62',                                       // 「 → ｢
        '\u300D' => '\uFF63',                                       // 」 → ｣
        '\u30FC' or '\u2010' or '\u2012' or '\u2013' or '\u2212' => '-', // ー ‐ ‒ – − (ｰ decomposes to ー)
        '\u3099' => VoicedMark,
        '\u309A' => SemiVoicedMark,
        >= '\u3041' and <= '\u3096' => KatakanaToHalfWidth[c + 0x60 - 0x30A1], // hiragana → katakana
        >= '\u30A1' and <= '\u30F6' => KatakanaToHalfWidth[c - 0x30A1],
        _ when IsAllowed(c) => c,
        _ => '\0',
    };

    private static string Describe(Rune rune) =>
        Rune.IsControl(rune) || Rune.IsWhiteSpace(rune)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}")
            : rune.ToString();
}
