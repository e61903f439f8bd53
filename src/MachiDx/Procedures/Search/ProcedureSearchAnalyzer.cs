using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace MachiDx.Procedures.Search;

/// <summary>
/// The analysis chain for every text field: <see cref="JapaneseTextNormalizer"/> on the raw text, the
/// Unicode (UAX #29) standard tokenizer (one token per kanji or kana, words for Latin and digits), lower
/// case, then CJK bigrams. The index side also keeps every single character (so 犬 finds 犬の登録); the
/// query side asks for bigrams, falling back to a single character only where a CJK character stands
/// alone, which keeps 転入 from matching every text that merely contains 入.
/// </summary>
internal sealed class ProcedureSearchAnalyzer(bool forIndexing) : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const CJKScript Scripts = CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL;

    public static ProcedureSearchAnalyzer ForIndexing() => new(forIndexing: true);

    public static ProcedureSearchAnalyzer ForQueries() => new(forIndexing: false);

    protected override TextReader InitReader(string fieldName, TextReader reader)
    {
        // Offsets then refer to the normalised text; nothing here highlights, so that is fine.
        return new StringReader(JapaneseTextNormalizer.Normalize(reader.ReadToEnd()));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new CJKBigramFilter(stream, Scripts, outputUnigrams: forIndexing);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
