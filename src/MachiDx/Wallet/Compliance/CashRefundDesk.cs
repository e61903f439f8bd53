using System.Globalization;
using MachiDx.Ledger;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.People;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Charge;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Compliance;

/// <summary>
/// 払戻し: purchased value paid back in cash, off by default, only for an allowed reason, always the whole purchased
/// balance, as one linked ledger chain (all lots or none). Premium and points stay in the wallet.
/// </summary>
public sealed class CashRefundDesk(WalletDbContext db, WalletBook book, ILedger ledger, AuditTrail audit, TenantContext tenant, CurrentActor actor, TimeProvider time)
{
    public const string ReasonField = "Reason";

    public async Task<bool> IsEnabledAsync(CancellationToken ct) =>
        await db.CashRefundSwitches.AsNoTracking().Select(s => (bool?)s.Enabled).SingleOrDefaultAsync(ct) ?? false;

    /// <summary>
    /// Turns cash refunds on or off. Only a real change is recorded and audited: the update is conditional on the
    /// current value, so copies of one click (or two staff at once) change and audit it once.
    /// </summary>
    public async Task SetEnabledAsync(bool enabled, CancellationToken ct)
    {
        var city = tenant.Required;
        if (!await db.CashRefundSwitches.AsNoTracking().AnyAsync(ct))
        {
            // No row means off. The row is the city's key, so concurrent first clicks insert it once.
            db.CashRefundSwitches.Add(new CashRefundSwitch { MunicipalityId = city.Id, ChangedBy = actor.Name, ChangedAtUtc = time.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another copy inserted it first.
            }

            db.ChangeTracker.Clear();
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var now = time.GetUtcNow().UtcDateTime;
            if (await db.CashRefundSwitches.Where(s => s.Enabled != enabled)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.Enabled, enabled).SetProperty(s => s.ChangedAtUtc, now).SetProperty(s => s.ChangedBy, actor.Name), token) != 1)
            {
                return; // Already as asked: nothing to record.
            }

            audit.Record(db, enabled ? "wallet.cash-refund.enable" : "wallet.cash-refund.disable", "cash-refund-switch", city.Code);
            await db.SaveChangesAsync(token);
            await tx.CommitAsync(token);
        }, ct);
    }

    /// <summary>The resident's purchased lots that still hold value (unexpired), from the ledger.</summary>
    public async Task<IReadOnlyList<LotBalance>> PurchasedLotsAsync(Guid residentId, CancellationToken ct)
    {
        var wallet = await book.ViewAsync(tenant.Required, residentId, reload: true, ct);
        return [.. wallet.Lots.Where(l => l.Lot.Bucket == Bucket.Purchased && l.RemainingYen > 0)];
    }

    /// <summary>The resident's whole wallet (to show what is not refunded).</summary>
    public Task<WalletView> WalletAsync(Guid residentId, CancellationToken ct) =>
        book.ViewAsync(tenant.Required, residentId, reload: true, ct);

    /// <summary>Refunds the resident's whole purchased balance for <paramref name="reason"/>; anything else is refused and moves nothing.</summary>
    public async Task<CashRefundOutcome> RefundAsync(ResidentCard resident, string? reason, string requestKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(resident);
        if (!Enum.TryParse<CashRefundReason>(reason, ignoreCase: false, out var why) || !Enum.IsDefined(why) || int.TryParse(reason, CultureInfo.InvariantCulture, out _))
        {
            return new CashRefundOutcome(null, Refusal.Invalid("払戻しの理由を「転居（市外への転出）」または「事業の廃止（プログラム終了）」から選んでください。それ以外の理由では払い戻せません。", ReasonField));
        }

        if (!await IsEnabledAsync(ct))
        {
            return new CashRefundOutcome(null, Refusal.Conflict("払戻しの受付は停止しています（既定）。受付を始めてから記録してください。"));
        }

        var city = tenant.Required;
        await book.EnsureCityAsync(city.Id, ct);
        var lots = await PurchasedLotsAsync(resident.UserId, ct);

        // The key is looked up after the balance is read: a copy of this form can only have emptied the lots after
        // recording its row, so a copy that finds them empty finds that row here and shows its result.
        var existing = await db.CashRefunds.AsNoTracking().SingleOrDefaultAsync(r => r.RequestKey == requestKey, ct);
        if (existing is not null)
        {
            return await ReplayAsync(existing, resident, ct);
        }

        if (lots.Count == 0)
        {
            return new CashRefundOutcome(null, Refusal.Conflict("払い戻せるチャージ残高がありません。プレミアムとポイントは払い戻せません。"));
        }

        var record = new CashRefundRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            MunicipalityId = city.Id,
            ResidentId = resident.UserId,
            ResidentName = resident.FullName,
            Reason = why,
            AmountYen = lots.Sum(l => l.RemainingYen),
            StaffId = actor.UserId,
            StaffName = actor.Name,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            Status = CashRefundStatus.Pending,
            Legs = string.Join(';', lots.Select(l => $"{LedgerIds.ToGuid(l.Lot.AccountId):N}:{l.RemainingYen.ToString(CultureInfo.InvariantCulture)}")),
            RequestKey = requestKey,
        };
        db.CashRefunds.Add(record);
        audit.Record(db, "wallet.cash-refund", "cash-refund", record.Id.ToString("N"), new
        {
            record.ResidentId,
            Reason = why.ToString(),
            record.AmountYen,
            record.Legs,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same form submitted twice at once: the unique request key let the other submit record it first.
            // (Two different submissions for one resident cannot both pay out either: the lots' balance limit in the
            // ledger refuses the second chain whole.)
            db.ChangeTracker.Clear();
            if (await db.CashRefunds.AsNoTracking().SingleOrDefaultAsync(r => r.RequestKey == requestKey, ct) is not { } first)
            {
                throw;
            }

            return await ReplayAsync(first, resident, ct);
        }

        var results = await SubmitAsync(city.Id, record, ct);
        if (results.All(r => r.IsSuccess))
        {
            record.Status = CashRefundStatus.Completed;
        }
        else
        {
            record.Status = CashRefundStatus.Failed;
            record.FailureReason = "払戻しの途中で残高が変わったため、払い戻しませんでした。お金は動いていません。残高を確認してもう一度お手続きください。";
            audit.Record(db, "wallet.cash-refund.failed", "cash-refund", record.Id.ToString("N"),
                new { Codes = string.Join(',', results.Select(r => r.Code.ToString())) });
        }

        await db.SaveChangesAsync(ct);
        return CashRefundOutcome.Of(record);
    }

    private async Task<CashRefundOutcome> ReplayAsync(CashRefundRecord existing, ResidentCard resident, CancellationToken ct)
    {
        if (existing.ResidentId != resident.UserId)
        {
            return new CashRefundOutcome(null, Refusal.Conflict("この払戻しはすでに処理されています。"));
        }

        if (existing.Status == CashRefundStatus.Pending)
        {
            // The same form is being processed at this moment: its chain has the record's ids, so submitting it here
            // either finds it done or does it now, never twice. The first submit records the status.
            if (!(await SubmitAsync(existing.MunicipalityId, existing, ct)).All(r => r.IsSuccess))
            {
                return new CashRefundOutcome(null, Refusal.Busy("この払戻しは処理中です。しばらくしてから画面を開き直して結果をご確認ください。"));
            }

            existing.Status = CashRefundStatus.Completed;
        }

        return CashRefundOutcome.Of(existing);
    }

    /// <summary>(Re)submits a recorded refund's chain; the ids come from the record, so a resubmission is a no-op.</summary>
    internal async Task<TransferResult[]> SubmitAsync(int municipalityId, CashRefundRecord record, CancellationToken ct)
    {
        var ledgerId = WalletLedgerIds.Ledger(municipalityId);
        var refundId = LedgerIds.FromGuid(record.Id);
        var sink = WalletLedgerIds.SystemAccount(municipalityId, AccountKind.CashRefund);
        var legs = record.Legs.Split(';');
        var transfers = new Transfer[legs.Length];
        for (var i = 0; i < legs.Length; i++)
        {
            var parts = legs[i].Split(':');
            var lot = LedgerIds.FromGuid(Guid.ParseExact(parts[0], "N"));
            var amount = long.Parse(parts[1], CultureInfo.InvariantCulture);
            transfers[i] = new Transfer(WalletLedgerIds.Leg(refundId, i), lot, sink, amount, ledgerId, (ushort)TransferKind.CashRefund,
                i < legs.Length - 1 ? TransferFlags.Linked : TransferFlags.None, Reference: refundId);
        }

        return await ledger.SubmitAsync(transfers, ct);
    }

    /// <summary>Completed refunds in the current 基準期間 and the reference caps from the previous period.</summary>
    public async Task<RefundPeriodSummary> PeriodSummaryAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(JapanTime.ToJst(time.GetUtcNow().UtcDateTime));
        var (first, baseDate) = BaseDates.PeriodOf(today);
        var (previousFirst, previousBase) = BaseDates.PeriodOf(first.AddDays(-1));
        var from = JapanTime.StartOfDayUtc(first);
        var until = BaseDates.AsOfUtc(baseDate);
        var refunds = db.CashRefunds.AsNoTracking()
            .Where(r => r.Status == CashRefundStatus.Completed && r.CreatedAtUtc >= from && r.CreatedAtUtc < until);
        var refunded = await refunds.SumAsync(r => r.AmountYen, ct);
        var refundCount = await refunds.CountAsync(ct);
        var previousFrom = JapanTime.StartOfDayUtc(previousFirst);
        var previousUntil = BaseDates.AsOfUtc(previousBase);
        var issued = await db.Charges.AsNoTracking()
            .Where(c => c.Status == ChargeStatus.Completed && c.CreatedAtUtc >= previousFrom && c.CreatedAtUtc < previousUntil)
            .SumAsync(c => c.AmountYen, ct);
        var previousSnapshot = await db.Snapshots.AsNoTracking().Where(s => s.BaseDate == previousBase)
            .Select(s => (long?)s.PurchasedUnusedYen).SingleOrDefaultAsync(ct);
        return new RefundPeriodSummary(first, baseDate, refunded, refundCount, previousFirst, previousBase, issued, previousSnapshot);
    }

    public async Task<IReadOnlyList<CashRefundRecord>> RecentAsync(int count, CancellationToken ct) =>
        await db.CashRefunds.AsNoTracking().OrderByDescending(r => r.CreatedAtUtc).Take(count).ToListAsync(ct);
}
