using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// A draft season. <see cref="Commitment"/> (SHA-256 of the lottery seed) is shown from creation. Until the
/// season is completed the seed is kept only as <see cref="SealedSeed"/>, sealed with Data Protection so that
/// only the running app can open it (not a database administrator); on completion it is revealed into
/// <see cref="Seed"/> in plain text, so anyone can re-run every lottery draw. See <see cref="LotterySeeds"/>.
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

    /// <summary>The lottery seed in plain text: null until revealed (season completed).</summary>
    public string? Seed { get; set; }

    /// <summary>The lottery seed sealed with Data Protection: set until revealed, then null.</summary>
    public string? SealedSeed { get; set; }

    public SeasonPhase Phase { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? OrderFrozenAtUtc { get; set; }

    /// <summary>
    /// Round 2+ moves recorded so far. A move is recorded only by moving this counter from the value its
    /// request saw to the next one (a conditional update), so two selectors can never both take one turn.
    /// </summary>
    public int Moves { get; set; }

    public bool SeedRevealed => Phase >= SeasonPhase.Completed;

    /// <summary>Nominations are taken only while the season is in 推薦受付.</summary>
    public Refusal? MayNominate() =>
        Phase == SeasonPhase.Nominating ? null : Refusal.Conflict("推薦の受付は終了しています。");

    /// <summary>The eligibility rules may change only before the first nomination (nominations are judged by them).</summary>
    public Refusal? MayChangeRules(bool anyNomination) => Phase == SeasonPhase.Nominating && !anyNomination
        ? null
        : Refusal.Conflict("推薦がすでにあるため、このシーズンの対象基準は変更できません（推薦はその時点の基準で判定されています）。");

    /// <summary>Departments rank candidates until the results are recorded.</summary>
    public Refusal? MayRankCandidates() =>
        Phase > SeasonPhase.Drafting ? Refusal.Conflict("このシーズンは終了しています。") : null;

    /// <summary>Closes nominations: the pick order is frozen and the meeting (指名会議) begins.</summary>
    public Refusal? FreezeOrder(DateTime now)
    {
        if (Phase != SeasonPhase.Nominating)
        {
            return Refusal.Conflict("推薦はすでに締め切られています。");
        }

        Phase = SeasonPhase.Drafting;
        OrderFrozenAtUtc = now;
        return null;
    }

    /// <summary>The results are recorded; <see cref="LotterySeeds.Reveal"/> opens the seed alongside.</summary>
    public Refusal? Complete()
    {
        if (Phase != SeasonPhase.Drafting)
        {
            return Refusal.Conflict("指名がすべて終わってから結果を確定してください。");
        }

        Phase = SeasonPhase.Completed;
        return null;
    }

    public Refusal? Publish()
    {
        if (Phase != SeasonPhase.Completed)
        {
            return Refusal.Conflict("結果を確定してから公表してください。");
        }

        Phase = SeasonPhase.Published;
        return null;
    }

    public static void Configure(EntityTypeBuilder<DraftSeason> entity)
    {
        entity.ToTable("draft_seasons");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Name).HasMaxLength(100);
        entity.Property(e => e.RulesJson).HasMaxLength(2000);
        entity.Property(e => e.TieBreaks).HasMaxLength(100);
        entity.Property(e => e.Commitment).HasMaxLength(64);
        entity.Property(e => e.Seed).HasMaxLength(64);
        entity.Property(e => e.SealedSeed).HasMaxLength(1000);
        entity.Ignore(e => e.SeedRevealed);
    }
}
