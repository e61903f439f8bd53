using Microsoft.EntityFrameworkCore;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// A nominee's ranked wish for a department they would like to go to (the candidate side of the simulator's
/// deferred acceptance and TTC). Optional; editable until the meeting starts.
/// </summary>
public sealed class CandidatePreference : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid SeasonId { get; set; }

    public Guid StaffRecordId { get; set; }

    public int Rank { get; set; }

    public required string DepartmentCode { get; set; }

    public static void Configure(EntityTypeBuilder<CandidatePreference> entity)
    {
        entity.ToTable("candidate_preferences");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.DepartmentCode).HasMaxLength(40);
        entity.HasIndex(e => new { e.SeasonId, e.StaffRecordId, e.Rank }).IsUnique();
        entity.HasIndex(e => new { e.SeasonId, e.StaffRecordId, e.DepartmentCode }).IsUnique();
    }
}
