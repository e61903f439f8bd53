using MachiDx.Procedures.Search;

namespace MachiDx.Tests.Procedures.Search;

public sealed class JapaneseTextNormalizerTests
{
    [Theory]
    [InlineData("ゴミ", "ごみ")]
    [InlineData("ｺﾞﾐ", "ごみ")]
    [InlineData("ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ", "まいなんばかど")]
    [InlineData("マイナンバーカード", "まいなんばかど")]
    [InlineData("ケアマネージャー", "けあまねじゃ")]
    [InlineData("ケアマネジャー", "けあまねじゃ")]
    [InlineData("ヴ", "ゔ")]
    public void Katakana_and_half_width_kana_fold_to_hiragana_without_long_vowel_marks(string input, string expected)
    {
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("ＷＥＢ申請", "web申請")]
    [InlineData("１４日以内", "14日以内")]
    [InlineData("eLTAX", "eltax")]
    [InlineData("（介護予防）", "(介護予防)")]
    public void Full_width_latin_and_digits_fold_to_lower_case_ascii(string input, string expected)
    {
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("人々", "人人")]
    [InlineData("いすゞ", "いすず")]
    [InlineData("こゝろ", "こころ")]
    [InlineData("々", "々")]
    public void Iteration_marks_repeat_the_previous_character(string input, string expected)
    {
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("住所・氏名", "住所 氏名")]
    [InlineData("子ども\u3000手当", "子ども 手当")]
    [InlineData("  子ども \t\n 手当  ", "子ども 手当")]
    [InlineData("転入\u200B届", "転入 届")]
    public void Separators_and_spaces_collapse_to_one_space(string input, string expected)
    {
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("😀犬", "😀犬")]
    public void Odd_input_never_throws(string? input, string expected)
    {
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));
    }

    [Fact]
    public void Unpaired_surrogates_become_spaces_instead_of_throwing()
    {
        // Built here rather than in [InlineData]: test discovery would replace them with U+FFFD.
        Assert.Equal(string.Empty, JapaneseTextNormalizer.Normalize(new string('\uD800', 1)));
        Assert.Equal("a b", JapaneseTextNormalizer.Normalize("a" + '\uDC00' + "b"));
        Assert.Equal("犬", JapaneseTextNormalizer.Normalize("犬" + '\uD83D'));
    }

    [Theory]
    [InlineData("ｼﾞｭｳﾐﾝﾋｮｳ ノ 写シ")]
    [InlineData("ケアマネージャー々ゝ")]
    [InlineData("ＡＢＣ・ﾃﾞｰﾀ")]
    public void Normalising_twice_changes_nothing(string input)
    {
        var once = JapaneseTextNormalizer.Normalize(input);

        Assert.Equal(once, JapaneseTextNormalizer.Normalize(once));
    }
}
