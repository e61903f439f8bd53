using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Activities.Rewards;

public enum RewardKind
{
    OnlineApplication = 0,
    Volunteer = 1,
    Health = 2,
}

public enum RewardStatus
{
    /// <summary>Recorded; the wallet grant is being made (a redelivered event finishes it).</summary>
    Pending = 0,
    Granted = 1,

    /// <summary>Not granted: the monthly cap or the fiscal-year budget was reached.</summary>
    Skipped = 2,
}

/// <summary>One reward decision for one activity, unique by its source key (the event and the rule).</summary>
public sealed class RewardGrant : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ResidentId { get; set; }

    public RewardKind Kind { get; set; }

    /// <summary>(source event, rule), e.g. "online-first/{resident}/sodai-gomi": the wallet's reward key.</summary>
    public required string SourceKey { get; set; }

    /// <summary>Shown to the resident, e.g. 「粗大ごみ収集の申込をオンラインで申し込みました」.</summary>
    public required string Reason { get; set; }

    public long Points { get; set; }

    public RewardStatus Status { get; set; }

    public string? SkipReason { get; set; }

    /// <summary>年度 (April to March, JST), e.g. 2026.</summary>
    public int FiscalYear { get; set; }

    /// <summary>JST month as yyyyMM.</summary>
    public int Month { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<RewardGrant> entity)
    {
        entity.ToTable("reward_grants");
        entity.HasKey(g => g.Id);
        entity.HasIndex(g => new { g.MunicipalityId, g.SourceKey }).IsUnique();
        entity.HasIndex(g => new { g.MunicipalityId, g.ResidentId, g.Month });
        entity.HasIndex(g => new { g.MunicipalityId, g.FiscalYear });
        entity.Property(g => g.SourceKey).HasMaxLength(200);
        entity.Property(g => g.Reason).HasMaxLength(200);
        entity.Property(g => g.SkipReason).HasMaxLength(200);
    }
}
