using System.Collections.Frozen;
using System.Text.Json;

namespace MachiDx.Procedures.Search;

/// <summary>
/// Groups of interchangeable words (引っ越し/転居/転入/転出 …), compared in normalised form, used to widen a
/// query (never the index, so staff edits take effect without re-indexing). Immutable: a staff edit
/// builds a new set with <see cref="With"/> and hands it to <see cref="ProcedureSearchIndex.UseSynonyms"/>.
/// </summary>
public sealed class SynonymSet
{
    /// <summary>Longer words are not synonyms but sentences; they would only slow matching down.</summary>
    public const int MaxWordLength = 32;

    /// <summary>Bounds what one staff-edited word can add to a query.</summary>
    public const int MaxGroupSize = 32;

    private readonly FrozenDictionary<string, string[]> alternatives;

    private SynonymSet(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        Groups = Merge(groups);
        alternatives = Groups
            .SelectMany(group => group.Select(word => (word, others: group.Where(other => other != word).ToArray())))
            .ToFrozenDictionary(pair => pair.word, pair => pair.others, StringComparer.Ordinal);
        LongestWord = alternatives.Count == 0 ? 0 : alternatives.Keys.Max(word => word.Length);
    }

    public static SynonymSet Empty { get; } = new([]);

    /// <summary>
    /// The groups in normalised form, each with at least two distinct words. Groups that share a word are
    /// merged, so a staff group [ひっこし, 引っ越し] joins ひっこし to the whole 引っ越し/転居/転入 group.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    private int LongestWord { get; }

    public static SynonymSet Create(IEnumerable<IReadOnlyList<string>> groups) => Empty.With(groups);

    /// <summary>Reads the <c>{"groups": [["引っ越し", "転居", …], …]}</c> shape of synonyms.json.</summary>
    public static SynonymSet FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var groups = document.RootElement.GetProperty("groups").EnumerateArray()
            .Select(group => (IReadOnlyList<string>)[.. group.EnumerateArray().Select(word => word.GetString() ?? string.Empty)])
            .ToList();
        return Create(groups);
    }

    /// <summary>
    /// A new set with these groups added (e.g. a municipality's staff-added groups on top of the national
    /// file). Words are normalised; blank or over-long words, duplicates and groups left with fewer than
    /// two words are ignored, so staff input cannot break or bloat queries.
    /// </summary>
    public SynonymSet With(IEnumerable<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var cleaned = new List<IReadOnlyList<string>>(Groups);
        foreach (var group in groups)
        {
            var words = (group ?? [])
                .Select(JapaneseTextNormalizer.Normalize)
                .Where(word => word.Length is > 0 and <= MaxWordLength)
                .Distinct(StringComparer.Ordinal)
                .Take(MaxGroupSize)
                .ToArray();
            if (words.Length >= 2)
            {
                cleaned.Add(words);
            }
        }

        return new SynonymSet(cleaned);
    }

    /// <summary>The other words of the group this normalised word belongs to.</summary>
    public IReadOnlyList<string> AlternativesOf(string normalizedWord) =>
        alternatives.TryGetValue(normalizedWord, out var found) ? found : [];

    private static List<IReadOnlyList<string>> Merge(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        // Union-find over group indexes, joined through shared words.
        var parent = Enumerable.Range(0, groups.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var word in groups[i])
            {
                if (owner.TryGetValue(word, out var other))
                {
                    parent[Root(i)] = Root(other);
                }
                else
                {
                    owner[word] = i;
                }
            }
        }

        return [.. Enumerable.Range(0, groups.Count)
            .GroupBy(Root)
            .Select(merged => (IReadOnlyList<string>)[.. merged.SelectMany(i => groups[i]).Distinct(StringComparer.Ordinal)])];
    }

    /// <summary>
    /// Finds synonym words inside normalised query text, longest first from left to right, so
    /// 「子ども手当が欲しい」 yields 子ども手当 (and not 子ども) and 「引っ越しの手続き」 yields 引っ越し.
    /// </summary>
    public IReadOnlyList<SynonymMatch> FindIn(string normalizedText)
    {
        var matches = new List<SynonymMatch>();
        var lookup = alternatives.GetAlternateLookup<ReadOnlySpan<char>>();
        var position = 0;
        while (position < normalizedText.Length)
        {
            var matched = 0;
            for (var length = Math.Min(LongestWord, normalizedText.Length - position); length > 0; length--)
            {
                var candidate = normalizedText.AsSpan(position, length);
                if (lookup.TryGetValue(candidate, out var found))
                {
                    matches.Add(new SynonymMatch(candidate.ToString(), found));
                    matched = length;
                    break;
                }
            }

            position += Math.Max(matched, 1);
        }

        return matches;
    }
}
