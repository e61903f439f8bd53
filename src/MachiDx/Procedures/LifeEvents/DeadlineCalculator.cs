using MachiDx.Procedures.Catalogue;

namespace MachiDx.Procedures.LifeEvents;

/// <summary>
/// Turns a procedure's deadline rule into a date for a resident's event date. Periods under the
/// Family Register Act (戸籍法) count the event day as day one; other periods follow the Civil Code
/// rule that the first day is not counted (民法第140条). The result is guidance: the page says the
/// city's notice prevails and that a deadline on a closed day may move.
/// </summary>
public static class DeadlineCalculator
{
    public static DateOnly? Compute(CityProcedure procedure, DateOnly eventDate)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.DeadlineKind switch
        {
            DeadlineKind.AfterEvent or DeadlineKind.Window when procedure.DeadlineDays is { } days =>
                eventDate.AddDays(FirstDayCounts(procedure) ? days - 1 : days),
            DeadlineKind.BeforeEvent when (procedure.DeadlineDaysBefore ?? procedure.DeadlineDays) is { } before =>
                eventDate.AddDays(-before),
            _ => null,
        };
    }

    private static bool FirstDayCounts(CityProcedure procedure) =>
        procedure.LegalBasis?.Contains("戸籍法", StringComparison.Ordinal) == true;
}
