using Microsoft.EntityFrameworkCore;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Roster;

/// <summary>One fiscal year's personnel evaluation (人事評価): a score and its relative band.</summary>
public sealed class Evaluation : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid StaffRecordId { get; set; }

    public int FiscalYear { get; set; }

    public double Score { get; set; }

    /// <summary>Relative band, e.g. S/A/B/C/D.</summary>
    public required string Band { get; set; }

    public static void Configure(EntityTypeBuilder<Evaluation> entity)
    {
        entity.ToTable("evaluations");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Band).HasMaxLength(4);
        entity.HasIndex(e => new { e.StaffRecordId, e.FiscalYear }).IsUnique();
    }
}
