namespace MachiDx.Procedures.Search;

/// <summary>One ranked result: the procedure code (join it to the catalogue) and its relevance score.</summary>
public sealed record ProcedureSearchHit(string Code, float Score);
