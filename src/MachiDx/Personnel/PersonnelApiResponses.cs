namespace MachiDx.Personnel;

// The Personnel API's response bodies (see PersonnelApi). Phases and employment types are enum names with a
// Japanese label where people read them.

/// <summary>A season as listed. <c>Commitment</c> is SHA-256 of the lottery seed, published before any bid.</summary>
public sealed record SeasonSummary(
    Guid Id, string Name, string Phase, string PhaseLabel, DateOnly ReferenceDate, DateOnly NominationDeadline, DateOnly DraftDate,
    DateOnly SecondmentStart, string Commitment, bool SeedRevealed);

/// <summary>
/// One season. <c>PickOrder</c> (the frozen round 2+ order with its numbers) is null before it is frozen or when
/// the caller may not follow the meeting yet; <c>Seed</c> is null until revealed; <c>Results</c> null until published.
/// </summary>
public sealed record SeasonResponse(
    SeasonSummary Season, int NominationsPerDepartment, int SecondmentMonths, DateTime? OrderFrozenAtUtc,
    IReadOnlyList<PickOrderEntry>? PickOrder, string? Seed, bool? SeedVerified, IReadOnlyList<SecondmentResponse>? Results);

public sealed record PickOrderEntry(int Position, string DepartmentCode, string DepartmentName, int Headcount, double TotalOvertimeHours, double OvertimePerCapita, int Quota);

public sealed record SecondmentResponse(
    string StaffNumber, string FullName, string FromDepartmentCode, string ToDepartmentCode, DateOnly StartDate, DateOnly EndDate,
    DateOnly CheckInDate, DateOnly ReturnReminderDate);

/// <summary>The caller's eligibility on <c>AsOf</c> (today in Japan), with the reasons behind each verdict.</summary>
public sealed record EligibilityResponse(string StaffNumber, DateOnly AsOf, int YearOfService, int Age, EligibilityVerdict Draft, EligibilityVerdict FreeAgency);

public sealed record EligibilityVerdict(bool Eligible, IReadOnlyList<string> Reasons);

public sealed record StaffPage(int Page, int PageSize, int Total, IReadOnlyList<StaffRecordResponse> Items);

public sealed record StaffRecordResponse(
    Guid Id, string StaffNumber, string FullName, string FullNameKana, string DepartmentCode, string JobType, string Employment,
    DateOnly HireDate, DateOnly BirthDate, bool OnLeave, bool IsSelector, IReadOnlyList<EvaluationResponse> Evaluations);

public sealed record EvaluationResponse(int FiscalYear, double Score, string Band);

/// <summary>An FA declaration as HR lists it (the plan itself stays on the audited detail page).</summary>
public sealed record DeclarationSummary(
    Guid Id, string CurrentDepartmentCode, string TargetDepartmentCode, string Status, string StatusLabel, DateTime DeclaredAtUtc, DateOnly? ScheduledMoveDate);
