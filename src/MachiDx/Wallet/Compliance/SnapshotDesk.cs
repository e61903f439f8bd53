using System.Globalization;
using MachiDx.Ledger;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Compliance;

/// <summary>
/// Takes the 基準日 snapshot of the bound municipality: for every lot, its ledger balance at 24:00 JST at the end of the
/// base date (the ledger keeps every transfer with its timestamp, so a past base date can be taken later and gives the
/// same figures). Idempotent: a base date already taken returns the stored snapshot, never a recomputed one.
/// </summary>
public sealed class SnapshotDesk(WalletDbContext db, WalletDirectory directory, ILedger ledger, AuditTrail audit, TenantContext tenant, CurrentActor actor, TimeProvider time)
{
    /// <summary>Lots are selected by their row's grant time with this margin; the ledger's own timestamps decide what counts.</summary>
    private static readonly TimeSpan GrantClockMargin = TimeSpan.FromMinutes(5);

    /// <summary>Takes the snapshot of a 基準日 (3/31 or 9/30) whose end has passed; refuses any other date.</summary>
    public async Task<SnapshotOutcome> TakeAsync(DateOnly baseDate, CancellationToken ct)
    {
        if (!BaseDates.IsBaseDate(baseDate))
        {
            return new SnapshotOutcome(null, false, Refusal.Invalid("基準日は3月31日または9月30日です。", "BaseDate"));
        }

        var asOf = BaseDates.AsOfUtc(baseDate);
        if (asOf > time.GetUtcNow().UtcDateTime)
        {
            return new SnapshotOutcome(null, false, Refusal.Invalid(
                $"{baseDate.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}はまだ終わっていません。基準日の24時（日本時間）を過ぎてから作成できます。", "BaseDate"));
        }

        return await TakeAsync(baseDate, asOf, ct);
    }

    /// <summary>
    /// Takes a snapshot labelled <paramref name="baseDate"/> as of any instant (tests: "now", before and after a charge).
    /// Not reachable from pages or the job, which go through the public overload.
    /// </summary>
    internal async Task<SnapshotOutcome> TakeAsync(DateOnly baseDate, DateTime asOfUtc, CancellationToken ct)
    {
        var existing = await FindAsync(baseDate, ct);
        if (existing is not null)
        {
            return new SnapshotOutcome(existing, false, null);
        }

        var city = tenant.Required;
        var settings = await directory.SettingsAsync(city, ct);
        var asOf = BaseDates.ToLedgerTimestamp(asOfUtc);
        var totals = await MeasureAsync(city.Id, asOfUtc, ct);
        var snapshot = UnusedBalanceSnapshot.Create(city.Id, baseDate, time.GetUtcNow().UtcDateTime, actor.Name, asOf,
            totals.PurchasedYen, totals.PremiumYen, totals.PointsYen, totals.LotCount, settings.IssuerMode, settings.IssuerName);
        db.Snapshots.Add(snapshot);
        audit.Record(db, "wallet.compliance.snapshot", "unused-balance-snapshot", baseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), new
        {
            snapshot.Id,
            snapshot.AsOfLedgerTimestamp,
            snapshot.PurchasedUnusedYen,
            snapshot.PremiumUnusedYen,
            snapshot.PointsUnusedYen,
            snapshot.LotCount,
            IssuerMode = snapshot.IssuerMode.ToString(),
            snapshot.ContentHash,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node or the scheduled job took it at the same moment: theirs stands.
            db.ChangeTracker.Clear();
            existing = await FindAsync(baseDate, ct);
            if (existing is null)
            {
                throw;
            }

            return new SnapshotOutcome(existing, false, null);
        }

        return new SnapshotOutcome(snapshot, true, null);
    }

    public Task<UnusedBalanceSnapshot?> FindAsync(DateOnly baseDate, CancellationToken ct) =>
        db.Snapshots.AsNoTracking().SingleOrDefaultAsync(s => s.BaseDate == baseDate, ct);

    /// <summary>
    /// Unused value per bucket right before <paramref name="asOfUtc"/>: for each lot, credits minus debits of the transfers
    /// with a ledger timestamp before it (0 for a lot whose account did not exist yet).
    /// </summary>
    internal async Task<UnusedTotals> MeasureAsync(int municipalityId, DateTime asOfUtc, CancellationToken ct)
    {
        var ledgerId = WalletLedgerIds.Ledger(municipalityId);
        var before = BaseDates.ToLedgerTimestamp(asOfUtc) - 1;
        var until = asOfUtc + GrantClockMargin;
        var lots = await db.Lots.AsNoTracking().Where(l => l.GrantedAtUtc < until).Select(l => new { l.Id, l.Bucket }).ToListAsync(ct);
        long purchased = 0, premium = 0, points = 0;
        var count = 0;
        foreach (var lot in lots)
        {
            var balance = await ledger.GetBalanceAtAsync(ledgerId, LedgerIds.FromGuid(lot.Id), before, ct);
            var unused = balance?.Available ?? 0;
            if (unused == 0)
            {
                continue;
            }

            count++;
            switch (lot.Bucket)
            {
                case Bucket.Purchased:
                    purchased += unused;
                    break;
                case Bucket.Premium:
                    premium += unused;
                    break;
                default:
                    points += unused;
                    break;
            }
        }

        return new UnusedTotals(purchased, premium, points, count);
    }
}
