namespace MachiDx.Platform.Demo;

/// <summary>Bound from "Demo". Demo data is never written in the Production environment, whatever this says.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>The password of every demo account (documented in the README).</summary>
    public const string Password = "machidx-demo-2026";

    public bool Enabled { get; set; }

    /// <summary>Generated residents per municipality, besides the named demo accounts.</summary>
    public int ResidentsPerCity { get; set; } = 40;

    /// <summary>Generated staff per department, besides the named demo accounts.</summary>
    public int StaffPerDepartment { get; set; } = 4;
}
