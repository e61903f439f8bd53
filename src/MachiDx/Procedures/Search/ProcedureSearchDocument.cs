namespace MachiDx.Procedures.Search;

/// <summary>
/// What the catalogue hands the search index for one procedure a municipality has adopted (after its
/// overrides). Name, reading, summary, keywords, category and department are searched.
/// <see cref="Channels"/> and <see cref="LifeEvents"/> are part of the shape the catalogue hands over
/// but are not indexed yet (hits carry only the code; the page joins them to the catalogue).
/// </summary>
public sealed record ProcedureSearchDocument(
    string Code,
    string Name,
    string Kana,
    string Summary,
    IReadOnlyList<string> Keywords,
    string Category,
    string Department,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> LifeEvents);
