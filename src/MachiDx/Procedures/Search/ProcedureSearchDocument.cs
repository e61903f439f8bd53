namespace MachiDx.Procedures.Search;

/// <summary>
/// What the catalogue hands the search index for one procedure a municipality has adopted (after its
/// overrides). Only the text fields are analysed; <see cref="Channels"/> and <see cref="LifeEvents"/>
/// are stored so a hit can be shown or filtered without a database round trip.
/// </summary>
internal sealed record ProcedureSearchDocument(
    string Code,
    string Name,
    string Kana,
    string Summary,
    IReadOnlyList<string> Keywords,
    string Category,
    string Department,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> LifeEvents);
