namespace MachiDx.Platform.Identity;

/// <summary>A staff account as other modules may see it: the 職員番号 links it to their own records.</summary>
public sealed record StaffIdentity(Guid UserId, string StaffNumber, string FullName, string DepartmentCode, string DepartmentName);
