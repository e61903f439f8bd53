using Microsoft.EntityFrameworkCore;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// A draft season. <see cref="Commitment"/> (SHA-256 of <see cref="Seed"/>) is shown from creation; the seed
/// itself is shown only once the season is completed, so anyone can re-run every lottery draw.
/// </summary>
public sealed class DraftSeason : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string Name { get; set; }

    /// <summary>基準日: eligibility is judged on this date.</summary>
    public DateOnly ReferenceDate { get; set; }

    public DateOnly NominationDeadline { get; set; }

    public DateOnly DraftDate { get; set; }

    public DateOnly SecondmentStart { get; set; }

    public int SecondmentMonths { get; set; }

    public int NominationsPerDepartment { get; set; }

    /// <summary>The eligibility rule set in force for this season (JSON of EligibilityRules).</summary>
    public required string RulesJson { get; set; }

    /// <summary>Comma-separated tie-breaks for the overtime order.</summary>
    public required string TieBreaks { get; set; }

    public required string Commitment { get; set; }

    public required string Seed { get; set; }

    public SeasonPhase Phase { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? OrderFrozenAtUtc { get; set; }

    /// <summary>
    /// Round 2+ moves recorded so far. A move is recorded only by moving this counter from the value its
    /// request saw to the next one (a conditional update), so two selectors can never both take one turn.
    /// </summary>
    public int Moves { get; set; }

    public bool SeedRevealed => Phase >= SeasonPhase.Completed;

    public static void Configure(EntityTypeBuilder<DraftSeason> entity)
    {
        entity.ToTable("draft_seasons");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Name).HasMaxLength(100);
        entity.Property(e => e.RulesJson).HasMaxLength(2000);
        entity.Property(e => e.TieBreaks).HasMaxLength(100);
        entity.Property(e => e.Commitment).HasMaxLength(64);
        entity.Property(e => e.Seed).HasMaxLength(64);
        entity.Ignore(e => e.SeedRevealed);
    }
}
