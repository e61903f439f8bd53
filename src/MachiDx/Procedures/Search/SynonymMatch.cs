namespace MachiDx.Procedures.Search;

/// <summary>A synonym word found in a query and the words it may stand for.</summary>
public sealed record SynonymMatch(string Word, IReadOnlyList<string> Alternatives);
