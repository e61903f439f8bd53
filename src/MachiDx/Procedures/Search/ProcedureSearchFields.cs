namespace MachiDx.Procedures.Search;

/// <summary>
/// Field names and query-time boosts. A word in the name says most about what the procedure is; the
/// reading and the curated keywords come next; the summary mentions many neighbouring procedures
/// (転入届's summary talks about 引っ越し too) and the category and department are broad.
/// </summary>
internal static class ProcedureSearchFields
{
    public const string Code = "code";
    public const string Name = "name";
    public const string Kana = "kana";
    public const string Keywords = "keywords";
    public const string Summary = "summary";
    public const string Classification = "classification";

    public static IReadOnlyList<(string Field, float Boost)> Searched { get; } =
    [
        (Name, 4.0f),
        (Kana, 2.5f),
        (Keywords, 2.5f),
        (Summary, 1.0f),
        (Classification, 0.5f),
    ];

    /// <summary>
    /// Synonyms are looked for only where a match means the procedure is about that word; in summaries
    /// and classifications they mostly add noise (and clauses).
    /// </summary>
    public static IReadOnlyList<(string Field, float Boost)> SearchedForSynonyms { get; } =
        [.. Searched.Where(field => field.Field is Name or Kana or Keywords)];
}
