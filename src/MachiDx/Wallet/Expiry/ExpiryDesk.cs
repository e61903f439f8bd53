using System.Globalization;
using MachiDx.Ledger;
using MachiDx.Platform;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Home;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Expiry;

/// <summary>What one expiry pass did.</summary>
public sealed record ExpiryResult(int LotsSwept, long ExpiredYen, int NoticesSent);

/// <summary>
/// Expiry (失効): moves what is left in each expired lot to the expired-value account with a balancing transfer
/// whose id comes from the lot, so a rerun or a crash mid-way never expires anything twice; and sends notices 30 and
/// 7 days before value expires (in the app, and by e-mail through the outbox: <see cref="WalletNoticeDue"/>).
/// </summary>
public sealed class ExpiryDesk(WalletDbContext db, WalletDirectory directory, WalletBook book, ILedger ledger, Outbox outbox, TenantContext tenant, TimeProvider time)
{
    private const int Batch = 500;

    public async Task<ExpiryResult> RunAsync(DateTime asOfUtc, Func<long, long, Task> progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var city = tenant.Required;
        await book.EnsureCityAsync(city.Id, ct);
        var ledgerId = WalletLedgerIds.Ledger(city.Id);
        var sink = WalletLedgerIds.SystemAccount(city.Id, AccountKind.ExpiredValue);
        var due = await db.Lots.Where(l => l.ExpiredAtUtc == null && l.ExpiresAtUtc <= asOfUtc).OrderBy(l => l.ExpiresAtUtc).ToListAsync(ct);
        long expired = 0;
        for (var start = 0; start < due.Count; start += Batch)
        {
            var lots = due.Skip(start).Take(Batch).ToList();
            var transfers = lots.Select(l => new Transfer(LedgerIds.FromParts("wallet-expiry", l.Id.ToString("N")), LedgerIds.FromGuid(l.Id), sink,
                l.GrantedYen, ledgerId, (ushort)TransferKind.Expiry, TransferFlags.BalancingDebit)).ToArray();
            var results = await ledger.SubmitAsync(transfers, ct);
            for (var i = 0; i < lots.Count; i++)
            {
                var r = results[i];
                if (r.IsSuccess || r.Code is TransferResultCode.InsufficientFunds or TransferResultCode.ExceedsDebits)
                {
                    lots[i].ExpiredAtUtc = time.GetUtcNow().UtcDateTime;
                    lots[i].ExpiredYen = r.IsSuccess ? r.Amount : 0;
                    expired += lots[i].ExpiredYen;
                    directory.InvalidateLots(city.Id, lots[i].ResidentId);
                }
            }

            await db.SaveChangesAsync(ct);
            await progress(Math.Min(due.Count, start + Batch), due.Count);
        }

        var notices = await NotifyAsync(asOfUtc, ct);
        return new ExpiryResult(due.Count(l => l.ExpiredAtUtc is not null), expired, notices);
    }

    private async Task<int> NotifyAsync(DateTime asOfUtc, CancellationToken ct)
    {
        var city = tenant.Required;
        var settings = await directory.SettingsAsync(city, ct);
        var soon = await db.Lots.Where(l => l.ExpiredAtUtc == null && l.ExpiresAtUtc > asOfUtc && l.ExpiresAtUtc <= asOfUtc.AddDays(30) && l.NoticesSent != 3)
            .ToListAsync(ct);
        if (soon.Count == 0)
        {
            return 0;
        }

        var balances = await ledger.GetBalancesAsync(WalletLedgerIds.Ledger(city.Id), soon.Select(l => LedgerIds.FromGuid(l.Id)).ToArray(), ct);
        var sent = 0;
        foreach (var (threshold, bit) in new[] { (7, 2), (30, 1) })
        {
            var groups = soon.Select((l, i) => (Lot: l, Left: balances[i]?.Balance.Available ?? 0))
                .Where(x => (x.Lot.NoticesSent & bit) == 0 && x.Lot.ExpiresAtUtc <= asOfUtc.AddDays(threshold))
                .GroupBy(x => x.Lot.ResidentId);
            foreach (var group in groups)
            {
                foreach (var (lot, _) in group)
                {
                    lot.NoticesSent |= bit | (bit == 2 ? 1 : 0);
                }

                var left = group.Where(x => x.Left > 0).ToList();
                if (left.Count == 0)
                {
                    continue;
                }

                var first = left.Min(x => x.Lot.ExpiresAtUtc);
                var message = string.Create(CultureInfo.GetCultureInfo("ja-JP"),
                    $"{settings.CurrencyName}の{left.Sum(x => x.Left):N0}円分が、{threshold}日以内に有効期限を迎えます（最も早いものは{JapanTime.ToJst(first).AddSeconds(-1):M月d日}まで）。期限までにお使いください。");
                db.Notices.Add(new WalletNotice
                {
                    Id = Guid.CreateVersion7(),
                    MunicipalityId = city.Id,
                    ResidentId = group.Key,
                    Message = message,
                    CreatedAtUtc = time.GetUtcNow().UtcDateTime,
                });
                outbox.Publish(db, new WalletNoticeDue(city.Id, group.Key, settings.CurrencyName, message));
                sent++;
            }
        }

        await db.SaveChangesAsync(ct);
        return sent;
    }
}
