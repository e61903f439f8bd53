using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Insight.DigiLab.Request;

/// <summary>
/// A department's request to the DigiLab desk (デジラボ), optionally about one inventory task. DX推進 triages it
/// through the statuses, assigns it, records the minutes per case before go-live (baseline) and after; monthly
/// volumes then give the hours saved.
/// </summary>
public sealed class DigiLabRequest : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>依頼番号, 1, 2, 3 … per city (shown as DL-0001).</summary>
    public int Number { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public required string DepartmentCode { get; set; }

    public Guid? WorkTaskId { get; set; }

    public ServiceType Type { get; set; }

    public RequestStatus Status { get; set; }

    public string? AssigneeStaffNumber { get; set; }

    public string? AssigneeName { get; set; }

    public string RequestedBy { get; set; } = "";

    /// <summary>Minutes per case before go-live (measured or estimated by the department).</summary>
    public double? BaselineMinutesPerCase { get; set; }

    /// <summary>Minutes per case with the tool.</summary>
    public double? AfterMinutesPerCase { get; set; }

    public DateOnly? LiveSince { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public List<UsageMonth> Usage { get; set; } = [];

    public List<FreedHours> FreedHours { get; set; } = [];

    public string Code => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"DL-{Number:0000}");

    /// <summary>Minutes saved per case (baseline − after), or null before both are known.</summary>
    public double? SavedMinutesPerCase => BaselineMinutesPerCase is { } b && AfterMinutesPerCase is { } a ? b - a : null;

    /// <summary>Hours saved in one month = cases × Δminutes ÷ 60.</summary>
    public double HoursSaved(UsageMonth month) => month is null || SavedMinutesPerCase is not { } d ? 0 : month.Cases * d / 60.0;

    public double TotalHoursSaved => Usage.Sum(HoursSaved);

    internal static void Configure(EntityTypeBuilder<DigiLabRequest> entity)
    {
        entity.ToTable("digilab_requests");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Title).HasMaxLength(100);
        entity.Property(e => e.Description).HasMaxLength(2000);
        entity.Property(e => e.DepartmentCode).HasMaxLength(40);
        entity.Property(e => e.AssigneeStaffNumber).HasMaxLength(20);
        entity.Property(e => e.AssigneeName).HasMaxLength(100);
        entity.Property(e => e.RequestedBy).HasMaxLength(100);
        entity.Property(e => e.Type).HasConversion<string>().HasMaxLength(20);
        entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        entity.HasIndex(e => new { e.MunicipalityId, e.Number }).IsUnique();
        entity.HasMany(e => e.Usage).WithOne().HasForeignKey(u => u.RequestId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(e => e.FreedHours).WithOne().HasForeignKey(u => u.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
