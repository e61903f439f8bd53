namespace MachiDx.Insight.Dashboard;

/// <summary>
/// A city's headline figures for a fiscal year: aggregates only (no person, no department), for the public summary
/// and the platform administrator's side-by-side view.
/// </summary>
public sealed record DxHeadline(
    string CityCode,
    string CityName,
    int FiscalYear,
    int OnlineCases,
    int AllCases,
    double? OnlineRatePercent,
    double? OvertimePerHeadYear,
    double NationalOvertimePerHeadYear,
    double? LeaveDaysPerHead,
    double NationalLeaveDaysPerHead,
    double HoursSavedInYear,
    double HoursSavedCumulative,
    long ChargedYen,
    long PremiumYen,
    long SpentLocallyYen,
    double? PremiumCostPerYen,
    int ResidentsRewarded,
    int VolunteerAttendances);
