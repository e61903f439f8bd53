namespace MachiDx.Platform.Identity;

/// <summary>Role names. A role always applies within the holder's own municipality only.</summary>
public static class Roles
{
    public const string Resident = "Resident";
    public const string Merchant = "Merchant";
    public const string Staff = "Staff";
    public const string HrAdmin = "HrAdmin";
    public const string DxAdmin = "DxAdmin";
    public const string Treasurer = "Treasurer";
    public const string TenantAdmin = "TenantAdmin";
    public const string PlatformAdmin = "PlatformAdmin";

    public static readonly IReadOnlyList<string> All =
        [Resident, Merchant, Staff, HrAdmin, DxAdmin, Treasurer, TenantAdmin, PlatformAdmin];

    /// <summary>Roles that make a user a member of staff (職員).</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [Staff, HrAdmin, DxAdmin, Treasurer, TenantAdmin];

    public static string JapaneseName(string role) => role switch
    {
        Resident => "住民",
        Merchant => "加盟店",
        Staff => "職員",
        HrAdmin => "人事担当",
        DxAdmin => "DX推進担当",
        Treasurer => "会計担当",
        TenantAdmin => "自治体管理者",
        PlatformAdmin => "プラットフォーム管理者",
        _ => role,
    };
}
