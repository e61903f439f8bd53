using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Platform.Identity;

/// <summary>A staff account's membership of a department.</summary>
public sealed class StaffMember : ITenantOwned
{
    public Guid UserId { get; set; }

    public int MunicipalityId { get; set; }

    public Guid DepartmentId { get; set; }

    /// <summary>職員番号.</summary>
    public required string StaffNumber { get; set; }

    public required string FullName { get; set; }

    public required string FullNameKana { get; set; }

    internal static void Configure(EntityTypeBuilder<StaffMember> entity)
    {
        entity.ToTable("staff_members");
        entity.HasKey(e => e.UserId);
        entity.Property(e => e.StaffNumber).HasMaxLength(20);
        entity.Property(e => e.FullName).HasMaxLength(100);
        entity.Property(e => e.FullNameKana).HasMaxLength(100);
        entity.HasIndex(e => new { e.MunicipalityId, e.StaffNumber }).IsUnique();
        entity.HasOne<Department>().WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
