using MachiDx.Activities.Contracts;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Activities.Health;

public enum HealthSource
{
    SelfReport = 0,
    CsvImport = 1,
    StaffAttested = 2,
}

/// <summary>
/// One verified health activity: a day's steps (one row per resident and day; a higher count replaces it), or a
/// check-up / health class attested by staff (one row per resident, kind, day and title).
/// </summary>
public sealed class HealthRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ResidentId { get; set; }

    public HealthActivityKind Kind { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Steps for <see cref="HealthActivityKind.Steps"/>; null otherwise.</summary>
    public int? Steps { get; set; }

    /// <summary>"" for steps; the check-up or class name (特定健診, 胃がん検診, 健康教室「…」) otherwise.</summary>
    public required string Title { get; set; }

    public HealthSource Source { get; set; }

    /// <summary>The member of staff who attested it (check-ups and classes).</summary>
    public Guid? AttestedByUserId { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<HealthRecord> entity)
    {
        entity.ToTable("health_records");
        entity.HasKey(h => h.Id);
        entity.HasIndex(h => new { h.MunicipalityId, h.ResidentId, h.Kind, h.Date, h.Title }).IsUnique();
        entity.Property(h => h.Title).HasMaxLength(100);
    }
}
