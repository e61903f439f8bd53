namespace MachiDx.Platform.Identity;

/// <summary>A department as other modules may see it; modules refer to departments by <see cref="Code"/>.</summary>
public sealed record DepartmentSummary(string Code, string Name, int SortOrder);
