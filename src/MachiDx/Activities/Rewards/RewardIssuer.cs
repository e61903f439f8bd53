using System.Collections.Concurrent;
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
/// Decisions for one resident are serialised in the process, so two events cannot both pass the monthly cap; the
/// fiscal-year budget is reserved by a conditional update, so it holds across residents and nodes.
/// </summary>
public sealed class RewardIssuer(ActivitiesDbContext db, IWalletRewards wallet, TenantContext tenant, TimeProvider time)
{
    private static readonly ConcurrentDictionary<(int, Guid), SemaphoreSlim> Locks = new();

    public async Task<RewardGrant> IssueAsync(RewardRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var city = tenant.Required;
        var gate = Locks.GetOrAdd((city.Id, request.ResidentId), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
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
            var thisMonth = await db.Grants.Where(g => g.ResidentId == request.ResidentId && g.Month == grant.Month && g.Status != RewardStatus.Skipped)
                .SumAsync(g => g.Points, ct);
            if (policy.MonthlyCapPoints > 0 && thisMonth + request.Points > policy.MonthlyCapPoints)
            {
                Skip(grant, string.Create(CultureInfo.InvariantCulture, $"今月の上限（{policy.MonthlyCapPoints:N0}pt）に達したため、ポイントは付きませんでした。"));
            }

            // The decision and its budget reservation commit together, or neither does.
            var strategy = db.Database.CreateExecutionStrategy();
            try
            {
                await strategy.ExecuteAsync(async token =>
                {
                    await using var tx = await db.Database.BeginTransactionAsync(token);
                    if (grant.Status == RewardStatus.Pending && !await ReserveBudgetAsync(grant.FiscalYear, grant.Points, policy.FiscalYearBudgetPoints, token))
                    {
                        Skip(grant, "今年度のポイントの予算に達したため、ポイントは付きませんでした。");
                    }

                    db.Grants.Add(grant);
                    await db.SaveChangesAsync(token);
                    await tx.CommitAsync(token);
                }, ct);
            }
            catch (DbUpdateException)
            {
                // Another node decided the same key first.
                db.ChangeTracker.Clear();
                return await db.Grants.SingleAsync(g => g.SourceKey == request.SourceKey, ct);
            }

            if (grant.Status == RewardStatus.Pending)
            {
                await FinishAsync(grant, ct);
            }

            return grant;
        }
        finally
        {
            gate.Release();
        }
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
