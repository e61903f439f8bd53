namespace MachiDx.Procedures.Kpi.Cases;

/// <summary>A recorded entry as the list shows it.</summary>
public sealed record CaseEntry(
    Guid Id, string ProcedureCode, string ProcedureName, string Channel, DateOnly Date, bool WholeMonth, int Count, string? Note, string RecordedByName, DateTime RecordedAtUtc)
{
    public string DateText => WholeMonth
        ? Date.ToString("yyyy年M月", System.Globalization.CultureInfo.InvariantCulture) + "（月計）"
        : Date.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
}
