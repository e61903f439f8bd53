using Microsoft.EntityFrameworkCore;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// A draft result: a recommended secondment (派遣・兼務) for the 任命権者 to decide on, with a mid-point
/// check-in and a return reminder. The system records it; it does not transfer anyone.
/// </summary>
public sealed class Secondment : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid SeasonId { get; set; }

    public Guid StaffRecordId { get; set; }

    public required string FromDepartmentCode { get; set; }

    public required string ToDepartmentCode { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public DateOnly CheckInDate { get; set; }

    public DateOnly ReturnReminderDate { get; set; }

    /// <summary>When the mid-point check-in reminder was sent (set before sending, so it is sent once).</summary>
    public DateTime? CheckInSentAtUtc { get; set; }

    /// <summary>When the return reminder was sent.</summary>
    public DateTime? ReturnReminderSentAtUtc { get; set; }

    public required string FromSupervisor { get; set; }

    public required string ToSupervisor { get; set; }

    public static void Configure(EntityTypeBuilder<Secondment> entity)
    {
        entity.ToTable("secondments");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.FromDepartmentCode).HasMaxLength(40);
        entity.Property(e => e.ToDepartmentCode).HasMaxLength(40);
        entity.Property(e => e.FromSupervisor).HasMaxLength(100);
        entity.Property(e => e.ToSupervisor).HasMaxLength(100);
        entity.HasIndex(e => new { e.SeasonId, e.StaffRecordId }).IsUnique();
    }
}
