using System.Globalization;
using System.Text;

namespace MachiDx.Procedures.Search;

/// <summary>
/// Folds the ways residents and staff write the same Japanese word into one form, applied to both the
/// indexed text and the query: NFKC (full-width Latin and digits, half-width katakana ｺﾞﾐ → ゴミ),
/// katakana → hiragana (ゴミ → ごみ), lower case, iteration marks spelled out (人々 → 人人,
/// いすゞ → いすず), long-vowel marks after kana dropped (ケアマネージャー and ケアマネジャー meet),
/// middle dots and controls turned into spaces, runs of spaces collapsed.
/// </summary>
internal static class JapaneseTextNormalizer
{
    private const char ProlongedSoundMark = '\u30FC'; // ー
    private const char KanjiIterationMark = '\u3005'; // 々
    private const char CombiningVoicedMark = '\u3099';

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var nfkc = ToNfkc(ReplaceLoneSurrogates(text));
        var builder = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            Append(builder, c);
        }

        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, char c)
    {
        var previous = builder.Length > 0 ? builder[^1] : '\0';
        switch (c)
        {
            case ProlongedSoundMark or '\u2015' or '\uFF70' when IsKana(previous):
                return;
            case KanjiIterationMark when IsHan(previous):
                builder.Append(previous);
                return;
            case '\u309D' or '\u30FD' when IsKana(previous): // ゝ ヽ
                builder.Append(previous);
                return;
            case '\u309E' or '\u30FE' when IsKana(previous): // ゞ ヾ
                builder.Append(Voiced(previous));
                return;
            case '\u30FB' or '\u00B7': // ・ is a separator in names such as 住所・氏名
                AppendSpace(builder);
                return;
        }

        if (char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
        {
            AppendSpace(builder);
            return;
        }

        builder.Append(char.ToLowerInvariant(ToHiragana(c)));
    }

    private static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != ' ')
        {
            builder.Append(' ');
        }
    }

    /// <summary>ァ (U+30A1) … ヶ (U+30F6) sit exactly 0x60 above ぁ … ゖ.</summary>
    internal static char ToHiragana(char c) => c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c;

    private static bool IsKana(char c) => c is >= '\u3041' and <= '\u309F' or >= '\u30A0' and <= '\u30FF';

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    private static char Voiced(char c)
    {
        var composed = string.Concat(c, CombiningVoicedMark).Normalize(NormalizationForm.FormC);
        return composed.Length == 1 ? composed[0] : c;
    }

    /// <summary>
    /// string.Normalize throws on code points it considers invalid (unpaired surrogates, which are
    /// replaced beforehand, and noncharacters such as U+FFFF); then each character is tried on its own
    /// and the ones that fail become spaces.
    /// </summary>
    private static string ToNfkc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var builder = new StringBuilder(text.Length);
            var elements = StringInfo.GetTextElementEnumerator(text);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                try
                {
                    builder.Append(element.Normalize(NormalizationForm.FormKC));
                }
                catch (ArgumentException)
                {
                    builder.Append(' ');
                }
            }

            return builder.ToString();
        }
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!paired)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(' ');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}
