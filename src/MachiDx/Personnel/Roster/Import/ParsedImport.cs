using MachiDx.Personnel.Engine.Eligibility;

namespace MachiDx.Personnel.Roster.Import;

/// <summary>A fully validated import, ready to write in one transaction.</summary>
public sealed record ParsedImport(IReadOnlyList<ParsedImport.Person> People, IReadOnlyList<ParsedImport.Record> Records)
{
    public int RowCount => People.Count + Records.Count;

    public sealed record Person(string StaffNumber, string FullName, string Kana, string DepartmentCode, DateOnly BirthDate, DateOnly HireDate, string JobType, EmploymentType Employment, bool OnLeave);

    /// <summary>An evaluation (Year, Score, Band) or an overtime month (Month, Hours).</summary>
    public sealed record Record(string StaffNumber, int? Year, double? Score, string? Band, DateOnly? Month, double? Hours);
}
