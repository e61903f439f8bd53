namespace MachiDx.Personnel.Engine.Eligibility;

/// <summary>雇用区分.</summary>
public enum EmploymentType
{
    /// <summary>正規.</summary>
    Regular = 0,

    /// <summary>任期付.</summary>
    FixedTerm = 1,

    /// <summary>会計年度任用.</summary>
    FiscalYearAppointee = 2,
}
