using System.Globalization;
using MachiDx.Activities.Data;
using MachiDx.Platform;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Contracts;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Rewards;

/// <summary>A reward for one activity: who, why (shown to the resident), and the key that makes it happen once.</summary>
public sealed record RewardRequest(Guid ResidentId, RewardKind Kind, string SourceKey, string Reason, long Points);

/// <summary>
/// Decides and issues rewards: one decision per source key (unique), the resident's monthly cap and the city's
/// fiscal-year budget, then the wallet grant under the same key. The decision is recorded before the grant; a
/// redelivered event finds a Pending decision and finishes it, and the wallet's key makes the grant happen once.
/// The monthly cap and the budget are both reserved by conditional updates in the decision's transaction
/// (<see cref="RewardMonthUse"/>, <see cref="RewardBudgetUse"/>), so they hold under concurrent rewards on any number
/// of nodes; a decision that loses the unique key to a concurrent one rolls back with its reservations.
/// </summary>
public sealed class RewardIssuer(ActivitiesDbContext db, IWalletRewards wallet, TenantContext tenant, TimeProvider time)
{
    public async Task<RewardGrant> IssueAsync(RewardRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var city = tenant.Required;
        var existing = await db.Grants.SingleOrDefaultAsync(g => g.SourceKey == request.SourceKey, ct);
        if (existing is not null)
        {
            if (existing.Status == RewardStatus.Pending)
            {
                await FinishAsync(existing, ct);
            }

            return existing;
        }

        var policy = await PolicyAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var jst = JapanTime.ToJst(now);
        var grant = new RewardGrant
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = city.Id,
            ResidentId = request.ResidentId,
            Kind = request.Kind,
            SourceKey = request.SourceKey,
            Reason = request.Reason,
            Points = request.Points,
            Status = RewardStatus.Pending,
            FiscalYear = jst.Month >= 4 ? jst.Year : jst.Year - 1,
            Month = (jst.Year * 100) + jst.Month,
            CreatedAtUtc = now,
        };

        // The decision and its reservations (month, budget) commit together, or none of them does.
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async token =>
            {
                grant.Status = RewardStatus.Pending;
                grant.SkipReason = null;
                await using var tx = await db.Database.BeginTransactionAsync(token);
                if (!await ReserveMonthAsync(grant.ResidentId, grant.Month, grant.Points, policy.MonthlyCapPoints, token))
                {
                    Skip(grant, string.Create(CultureInfo.InvariantCulture, $"今月の上限（{policy.MonthlyCapPoints:N0}pt）に達したため、ポイントは付きませんでした。"));
                }
                else if (!await ReserveBudgetAsync(grant.FiscalYear, grant.Points, policy.FiscalYearBudgetPoints, token))
                {
                    await ReleaseMonthAsync(grant.ResidentId, grant.Month, grant.Points, token);
                    Skip(grant, "今年度のポイントの予算に達したため、ポイントは付きませんでした。");
                }

                db.Grants.Add(grant);
                await db.SaveChangesAsync(token);
                await tx.CommitAsync(token);
            }, ct);
        }
        catch (DbUpdateException)
        {
            // Another request (or node) decided the same key first; this transaction rolled back with its reservations.
            db.ChangeTracker.Clear();
            var decided = await db.Grants.SingleAsync(g => g.SourceKey == request.SourceKey, ct);
            if (decided.Status == RewardStatus.Pending)
            {
                await FinishAsync(decided, ct);
            }

            return decided;
        }

        if (grant.Status == RewardStatus.Pending)
        {
            await FinishAsync(grant, ct);
        }

        return grant;
    }

    public async Task<RewardPolicy> PolicyAsync(CancellationToken ct)
    {
        var policy = await db.Policies.SingleOrDefaultAsync(ct);
        if (policy is null)
        {
            policy = new RewardPolicy { MunicipalityId = tenant.Required.Id, UpdatedAtUtc = time.GetUtcNow().UtcDateTime };
            db.Policies.Add(policy);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                policy = await db.Policies.SingleAsync(ct);
            }
        }

        return policy;
    }

    private async Task FinishAsync(RewardGrant grant, CancellationToken ct)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"{grant.Reason} +{grant.Points:N0}pt");
        var result = await wallet.GrantPointsAsync(grant.ResidentId, grant.Points, "activities/" + grant.SourceKey, label, ct);
        switch (result)
        {
            case RewardGrantStatus.Granted or RewardGrantStatus.AlreadyGranted:
                grant.Status = RewardStatus.Granted;
                break;
            case RewardGrantStatus.BudgetExhausted:
                Skip(grant, "市のポイントの予算に達したため、ポイントは付きませんでした。");
                await ReleaseBudgetAsync(grant.FiscalYear, grant.Points, ct);
                await ReleaseMonthAsync(grant.ResidentId, grant.Month, grant.Points, ct);
                break;
            default:
                throw new InvalidOperationException($"The wallet refused reward key {grant.SourceKey}: {result}.");
        }

        await db.SaveChangesAsync(ct);
    }

    // spent + points ≤ budget, as one conditional update: concurrent reservations cannot both take the last points.
    private async Task<bool> ReserveBudgetAsync(int fiscalYear, long points, long budget, CancellationToken ct)
    {
        if (!await db.BudgetUse.AnyAsync(b => b.FiscalYear == fiscalYear, ct))
        {
            var spent = await db.Grants.Where(g => g.FiscalYear == fiscalYear && g.Status != RewardStatus.Skipped).SumAsync(g => g.Points, ct);
            await db.Database.ExecuteSqlAsync(InsertBudgetRow(tenant.Required.Id, fiscalYear, spent), ct);
        }

        return await db.BudgetUse.Where(b => b.FiscalYear == fiscalYear && b.SpentPoints + points <= budget)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.SpentPoints, b => b.SpentPoints + points), ct) == 1;
    }

    // points + p ≤ cap (0 = no cap, but still counted, so a cap set later starts from the truth).
    private async Task<bool> ReserveMonthAsync(Guid residentId, int month, long points, long cap, CancellationToken ct)
    {
        if (!await db.MonthUse.AnyAsync(m => m.ResidentId == residentId && m.Month == month, ct))
        {
            var used = await db.Grants.Where(g => g.ResidentId == residentId && g.Month == month && g.Status != RewardStatus.Skipped).SumAsync(g => g.Points, ct);
            await db.Database.ExecuteSqlAsync(InsertMonthRow(tenant.Required.Id, residentId, month, used), ct);
        }

        return await db.MonthUse.Where(m => m.ResidentId == residentId && m.Month == month && (cap <= 0 || m.Points + points <= cap))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Points, m => m.Points + points), ct) == 1;
    }

    private async Task ReleaseMonthAsync(Guid residentId, int month, long points, CancellationToken ct) =>
        await db.MonthUse.Where(m => m.ResidentId == residentId && m.Month == month)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Points, m => m.Points - points), ct);

    private FormattableString InsertMonthRow(int municipalityId, Guid residentId, int month, long used) => db.Database.IsNpgsql()
        ? (FormattableString)$"INSERT INTO activities.reward_month_use (\"MunicipalityId\", \"ResidentId\", \"Month\", \"Points\") VALUES ({municipalityId}, {residentId}, {month}, {used}) ON CONFLICT DO NOTHING"
        : (FormattableString)$"INSERT OR IGNORE INTO activities_reward_month_use (MunicipalityId, ResidentId, Month, Points) VALUES ({municipalityId}, {residentId.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant()}, {month}, {used})";

    private async Task ReleaseBudgetAsync(int fiscalYear, long points, CancellationToken ct) =>
        await db.BudgetUse.Where(b => b.FiscalYear == fiscalYear)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.SpentPoints, b => b.SpentPoints - points), ct);

    // The year's first reservation creates the row from the decisions so far; a concurrent creator wins harmlessly.
    private FormattableString InsertBudgetRow(int municipalityId, int fiscalYear, long spent) => db.Database.IsNpgsql()
        ? (FormattableString)$"INSERT INTO activities.reward_budget_use (\"MunicipalityId\", \"FiscalYear\", \"SpentPoints\") VALUES ({municipalityId}, {fiscalYear}, {spent}) ON CONFLICT DO NOTHING"
        : (FormattableString)$"INSERT OR IGNORE INTO activities_reward_budget_use (MunicipalityId, FiscalYear, SpentPoints) VALUES ({municipalityId}, {fiscalYear}, {spent})";

    private static void Skip(RewardGrant grant, string reason)
    {
        grant.Status = RewardStatus.Skipped;
        grant.SkipReason = reason;
    }
}
