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

    /// <summary>Points for an online application of a procedure not listed in <see cref="ProcedurePoints"/>.</summary>
    public long OnlineApplicationPoints { get; set; } = 100;

    /// <summary>
    /// Points per procedure, overriding <see cref="OnlineApplicationPoints"/>: "code:points" pairs, e.g.
    /// "sodai-gomi:200,juminhyo:0" (0 = no points for that procedure). Empty: every procedure earns the standard points.
    /// </summary>
    public string ProcedurePoints { get; set; } = "";

    public OnlineRewardMode OnlineApplicationMode { get; set; } = OnlineRewardMode.FirstPerProcedure;

    /// <summary>Standard points for attending a volunteer event; staff may set another value per event.</summary>
    public long VolunteerPoints { get; set; } = 300;

    /// <summary>
    /// Steps to points, "steps:points" ascending and cumulative, e.g. "7000:5,10000:10": 7,000 steps in a day earn 5 pt
    /// (らづFit's rate) and 10,000 earn 10 pt in all. The last entry is the most a day can earn.
    /// </summary>
    public string StepPointsTable { get; set; } = "7000:5,10000:10";

    /// <summary>Counts above this are refused as implausible for one day.</summary>
    public int MaxStepsPerDay { get; set; } = 50_000;

    /// <summary>A health check-up or 検診, attested by staff.</summary>
    public long CheckupPoints { get; set; } = 500;

    /// <summary>A health class (健康教室), attested by staff.</summary>
    public long HealthClassPoints { get; set; } = 200;

    /// <summary>Most points one resident can receive in a calendar month (JST); 0 = no cap.</summary>
    public long MonthlyCapPoints { get; set; } = 3_000;

    /// <summary>Points the city may grant in a fiscal year (4月〜翌3月); issuance stops when spent.</summary>
    public long FiscalYearBudgetPoints { get; set; } = 5_000_000;

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>The points an online application of <paramref name="procedureCode"/> earns under these rules.</summary>
    public long OnlinePointsFor(string procedureCode) =>
        ParseProcedurePoints(ProcedurePoints) is { } table && table.TryGetValue(procedureCode, out var points) ? points : OnlineApplicationPoints;

    /// <summary>
    /// Null unless the text is "code:points" pairs (procedure codes of lower-case letters, digits and hyphens, each once;
    /// points 0 to 100,000). Empty text is an empty table.
    /// </summary>
    public static IReadOnlyDictionary<string, long>? ParseProcedurePoints(string text)
    {
        var table = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || pair[0].Length is 0 or > 60 || !pair[0].All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
                || !long.TryParse(pair[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var points)
                || points > 100_000 || !table.TryAdd(pair[0], points))
            {
                return null;
            }
        }

        return table;
    }

    /// <summary>The step table as (steps, cumulative points), ascending.</summary>
    public IReadOnlyList<(int Steps, long Points)> StepTiers() => ParseStepTable(StepPointsTable) ?? [];

    /// <summary>Null unless the text is "steps:points" pairs with both strictly increasing and positive.</summary>
    public static IReadOnlyList<(int Steps, long Points)>? ParseStepTable(string text)
    {
        var tiers = new List<(int, long)>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':');
            if (pair.Length != 2
                || !int.TryParse(pair[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var steps)
                || !long.TryParse(pair[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var points)
                || steps <= 0 || points <= 0
                || (tiers.Count > 0 && (steps <= tiers[^1].Item1 || points <= tiers[^1].Item2)))
            {
                return null;
            }

            tiers.Add((steps, points));
        }

        return tiers;
    }

    internal static void Configure(EntityTypeBuilder<RewardPolicy> entity)
    {
        entity.ToTable("reward_policies");
        entity.HasKey(p => p.MunicipalityId);
        entity.Property(p => p.MunicipalityId).ValueGeneratedNever();
        entity.Property(p => p.StepPointsTable).HasMaxLength(200);
        entity.Property(p => p.ProcedurePoints).HasMaxLength(1000);
    }
}

/// <summary>
/// Points committed against a fiscal year's budget (granted or being granted). Reserved by a conditional update
/// (spent + points ≤ budget), so concurrent rewards for different residents, on any node, never overspend it.
/// </summary>
public sealed class RewardBudgetUse : ITenantOwned
{
    public int MunicipalityId { get; set; }

    public int FiscalYear { get; set; }

    public long SpentPoints { get; set; }

    internal static void Configure(EntityTypeBuilder<RewardBudgetUse> entity)
    {
        entity.ToTable("reward_budget_use");
        entity.HasKey(b => new { b.MunicipalityId, b.FiscalYear });
    }
}

/// <summary>
/// Points committed to one resident in one JST month (granted or being granted), against the city's monthly cap.
/// Reserved by a conditional update (points + p ≤ cap) in the decision's transaction, so two rewards for the same
/// resident at the same moment — on one node or several — cannot both pass the cap.
/// </summary>
public sealed class RewardMonthUse : ITenantOwned
{
    public int MunicipalityId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>JST month as yyyyMM.</summary>
    public int Month { get; set; }

    public long Points { get; set; }

    internal static void Configure(EntityTypeBuilder<RewardMonthUse> entity)
    {
        entity.ToTable("reward_month_use");
        entity.HasKey(m => new { m.MunicipalityId, m.ResidentId, m.Month });
    }
}
