namespace MachiDx.Procedures.Search;

/// <summary>
/// The outcome of one search. <see cref="NormalizedQuery"/> is what was actually searched (width and kana
/// folded, cut to <see cref="ProcedureQueryBuilder.MaxQueryLength"/>): log zero-hit queries in that form
/// so ゴミ and ｺﾞﾐ count as one.
/// </summary>
public sealed record ProcedureSearchResult(string NormalizedQuery, IReadOnlyList<ProcedureSearchHit> Hits)
{
    public static ProcedureSearchResult None(string normalizedQuery) => new(normalizedQuery, []);

    /// <summary>True when the query found nothing (blank and symbol-only queries included).</summary>
    public bool IsEmptyResult => Hits.Count == 0;

    /// <summary>True when there was nothing to search for, so the page can show a hint instead of "no results".</summary>
    public bool WasBlank => NormalizedQuery.Length == 0;
}
