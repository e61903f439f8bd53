using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Activities.Rewards;

/// <summary>How online applications are rewarded.</summary>
public enum OnlineRewardMode
{
    /// <summary>The first online application per procedure per resident (「はじめてのオンライン申請」).</summary>
    FirstPerProcedure = 0,

    /// <summary>Every completed online application.</summary>
    EveryTime = 1,
}

/// <summary>A city's reward rules: points per kind of activity, a monthly cap per resident and a budget per fiscal year.</summary>
public sealed class RewardPolicy : ITenantOwned
{
    public int MunicipalityId { get; set; }

    public long OnlineApplicationPoints { get; set; } = 100;

    public OnlineRewardMode OnlineApplicationMode { get; set; } = OnlineRewardMode.FirstPerProcedure;

    public long VolunteerPoints { get; set; } = 300;

    /// <summary>Most points one resident can receive in a calendar month (JST); 0 = no cap.</summary>
    public long MonthlyCapPoints { get; set; } = 3_000;

    /// <summary>Points the city may grant in a fiscal year (4月〜翌3月); issuance stops when spent.</summary>
    public long FiscalYearBudgetPoints { get; set; } = 5_000_000;

    public DateTime UpdatedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<RewardPolicy> entity)
    {
        entity.ToTable("reward_policies");
        entity.HasKey(p => p.MunicipalityId);
        entity.Property(p => p.MunicipalityId).ValueGeneratedNever();
    }
}
