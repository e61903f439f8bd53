using Microsoft.EntityFrameworkCore;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// One recorded move of the meeting: a sealed round-1 bid (<see cref="Round"/> 1, by iteration) or a round
/// 2+ pick/pass (in <see cref="Sequence"/>). The board and results are always recomputed by replaying
/// these through the draft engine, so what is stored is exactly what the rules were given.
/// <see cref="StaffRecordId"/> null means no bid / 選択終了.
/// </summary>
public sealed class DraftInput : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid SeasonId { get; set; }

    public int Round { get; set; }

    public int Iteration { get; set; }

    public int Sequence { get; set; }

    public required string DepartmentCode { get; set; }

    public Guid? StaffRecordId { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public static void Configure(EntityTypeBuilder<DraftInput> entity)
    {
        entity.ToTable("draft_inputs");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.DepartmentCode).HasMaxLength(40);
        entity.HasIndex(e => new { e.SeasonId, e.Round, e.Iteration, e.DepartmentCode, e.Sequence }).IsUnique();

        // Round 2+: one move per turn and one pick per candidate, enforced by the database across nodes.
        entity.HasIndex(e => new { e.SeasonId, e.Sequence }).IsUnique().HasFilter("\"Round\" >= 2").HasDatabaseName("IX_draft_inputs_round2_turn");
        entity.HasIndex(e => new { e.SeasonId, e.StaffRecordId }).IsUnique()
            .HasFilter("\"Round\" >= 2 AND \"StaffRecordId\" IS NOT NULL").HasDatabaseName("IX_draft_inputs_round2_candidate");
    }
}
