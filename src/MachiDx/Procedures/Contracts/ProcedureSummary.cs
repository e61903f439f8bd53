namespace MachiDx.Procedures.Contracts;

/// <summary>A procedure as other modules and API clients see it.</summary>
public sealed record ProcedureSummary(
    string Code, string Name, string Kana, string Category, string Department, IReadOnlyList<string> Channels, bool Verified);
