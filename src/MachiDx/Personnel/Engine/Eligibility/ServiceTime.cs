namespace MachiDx.Personnel.Engine.Eligibility;

/// <summary>
/// Calendar arithmetic for eligibility, defined once so every page and test agrees.
/// <para>
/// Completed years between two dates count the anniversaries that fall on or before the later date.
/// An anniversary of 29 February falls on 1 March in a common year (the person has not yet completed
/// the year on 28 February). "Nth year since hiring" (採用N年目) is completed years + 1: hired on
/// 2023-04-01, the reference date 2026-03-31 is the 3rd year and 2026-04-01 the 4th.
/// Age is completed years since birth with the same anniversary rule (so a person is 30 on their
/// 30th birthday; the legal 年齢計算 rule, which moves the age at the end of the previous day,
/// differs only on the day before a birthday and is not used here).
/// </para>
/// </summary>
public static class ServiceTime
{
    public static int CompletedYears(DateOnly from, DateOnly asOf)
    {
        if (asOf < from)
        {
            return -1;
        }

        var years = asOf.Year - from.Year;
        return Anniversary(from, asOf.Year) > asOf ? years - 1 : years;
    }

    /// <summary>採用N年目 on <paramref name="asOf"/>; 0 when not yet hired.</summary>
    public static int YearOfService(DateOnly hired, DateOnly asOf) => asOf < hired ? 0 : CompletedYears(hired, asOf) + 1;

    public static int Age(DateOnly born, DateOnly asOf) => CompletedYears(born, asOf);

    private static DateOnly Anniversary(DateOnly date, int year) =>
        date is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : new DateOnly(year, date.Month, date.Day);
}
