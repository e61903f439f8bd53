namespace MachiDx.Personnel.Engine.Draft;

/// <summary>A nominated member of staff; <see cref="Key"/> (職員番号) is what the lottery hashes.</summary>
public sealed record DraftCandidate(int Index, string Key, int HomeDepartment);
