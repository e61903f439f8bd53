using System.ComponentModel.DataAnnotations;

namespace MachiDx.Personnel;

/// <summary>Bound from "Personnel": city-wide settings of the FA programme.</summary>
public sealed class PersonnelOptions
{
    public const string SectionName = "Personnel";

    /// <summary>定期異動日 (month), e.g. 4 for 4月1日.</summary>
    [Range(1, 12)]
    public int RegularTransferMonth { get; set; } = 4;

    [Range(1, 28)]
    public int RegularTransferDay { get; set; } = 1;

    /// <summary>Withdrawing after acceptance bars FA until the next regular transfer date after the one scheduled.</summary>
    public bool WithdrawalBarsNextSeason { get; set; } = true;

    /// <summary>The target department scores an FA move this many months after the move.</summary>
    [Range(0, 24)]
    public int FaScoringAfterMonths { get; set; } = 6;

    /// <summary>Imports above this many data rows run as a background job with progress.</summary>
    [Range(1, 1_000_000)]
    public int BackgroundImportRows { get; set; } = 500;

    public DateOnly NextTransferDate(DateOnly after)
    {
        var candidate = new DateOnly(after.Year, RegularTransferMonth, RegularTransferDay);
        return candidate > after ? candidate : candidate.AddYears(1);
    }
}
